import type { SignatureRequest, SignatureStatus, WebhookRequest } from '@los/application';
import { hmacSha256 } from '../payments/webhook-signature.js';
import { DigioESignProvider } from './digio-esign-provider.js';

/**
 * The embedded-mode e-sign simulator: documents live in memory, and `simulateSigning` produces the signed
 * callback the provider would send (Digio's shape and scheme), so the webhook path runs as in production.
 *
 * Test identities: a signer whose phone ends in `0000` always declines.
 */
export class SandboxESignProvider extends DigioESignProvider {
  override readonly provider: string = 'sandbox-esign';
  private readonly documents = new Map<string, { request: SignatureRequest; status: SignatureStatus }>();
  private sequence = 0;

  constructor(private readonly sandbox: { readonly webhookSecret: string; readonly signingBaseUrl?: string }) {
    super({ clientId: 'sandbox', clientSecret: 'sandbox', webhookSecret: sandbox.webhookSecret });
  }

  override async requestSignature(request: SignatureRequest): Promise<SignatureStatus> {
    const providerDocumentId = `DID_SBX${String(++this.sequence).padStart(10, '0')}`;
    const status: SignatureStatus = { providerDocumentId, state: 'REQUESTED', signingUrl: `${this.sandbox.signingBaseUrl ?? 'https://esign.sandbox.invalid'}/sign/${providerDocumentId}` };
    this.documents.set(providerDocumentId, { request, status });
    return status;
  }

  override async status(providerDocumentId: string): Promise<SignatureStatus> {
    const document = this.documents.get(providerDocumentId);
    if (!document) throw new Error(`no sandbox document ${providerDocumentId}`);
    return { providerDocumentId, state: document.status.state };
  }

  /** The signer signs (or declines); returns the provider's signed callback. */
  simulateSigning(providerDocumentId: string, outcome: 'sign' | 'decline' = 'sign'): WebhookRequest {
    const document = this.documents.get(providerDocumentId);
    if (!document) throw new Error(`no sandbox document ${providerDocumentId}`);
    const declined = outcome === 'decline' || document.request.signer.phone.endsWith('0000');
    document.status = { providerDocumentId, state: declined ? 'DECLINED' : 'SIGNED' };
    const body = {
      id: `WHK_SBX${String(++this.sequence).padStart(10, '0')}`,
      event: declined ? 'doc.declined' : 'doc.signed',
      entities: ['document'],
      payload: { document: { id: providerDocumentId, agreement_status: declined ? 'declined' : 'completed', notes: { brand_id: document.request.brandId, loan_id: document.request.loanId } } },
    };
    const rawBody = JSON.stringify(body);
    return { rawBody, headers: { 'content-type': 'application/json', 'x-digio-checksum': hmacSha256(this.sandbox.webhookSecret, rawBody, 'hex') } };
  }
}
