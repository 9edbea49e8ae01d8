import type { ESignProvider, SignatureRequest, SignatureState, SignatureStatus, WebhookRequest, WebhookVerification } from '@los/application';
import { type ProviderHttpOptions, ProviderError, clientHttp, basicAuth, callProvider } from '../payments/provider-http.js';
import { hmacSha256, signaturesMatch } from '../payments/webhook-signature.js';

/** Digio account settings. */
export interface DigioOptions extends Partial<ProviderHttpOptions> {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly webhookSecret: string;
  /** Where signers sign (Digio's gateway); the document id and signer are appended. */
  readonly signingBaseUrl?: string;
}

/** Digio agreement statuses onto the port's states. */
function stateOf(agreementStatus: unknown): SignatureState {
  switch (agreementStatus) {
    case 'completed':
      return 'SIGNED';
    case 'declined':
    case 'cancelled':
      return 'DECLINED';
    case 'expired':
      return 'EXPIRED';
    default:
      return 'REQUESTED';
  }
}

/**
 * Aadhaar e-sign modelled on Digio's document API: `POST /v2/client/document/uploadpdf` with the PDF in
 * base64, the signers and an expiry, basic auth with the client id and secret; `GET
 * /v2/client/document/{id}` for the agreement status; webhooks (`doc.signed`, `doc.declined`, …) signed
 * with HMAC-SHA256 of the raw body, hex, in `x-digio-checksum`. The brand and loan travel in the
 * document's `notes`, which come back on every callback, so the adapter needs no lookup table.
 */
export class DigioESignProvider implements ESignProvider {
  readonly provider: string = 'digio';
  private readonly http: ProviderHttpOptions;

  constructor(private readonly options: DigioOptions) {
    this.http = clientHttp(options, 'https://api.digio.in');
  }

  private signingUrl(id: string, identifier: string): string {
    return `${this.options.signingBaseUrl ?? 'https://app.digio.in'}/#/gateway/login/${encodeURIComponent(id)}/${encodeURIComponent(identifier)}`;
  }

  async requestSignature(request: SignatureRequest): Promise<SignatureStatus> {
    const identifier = request.signer.email ?? request.signer.phone;
    const body = {
      signers: [{ identifier, name: request.signer.name, reason: 'Loan agreement', sign_type: 'aadhaar' }],
      expire_in_days: request.expiresInDays,
      display_on_page: 'last',
      notify_signers: true,
      send_sign_link: true,
      file_name: request.documentName,
      file_data: Buffer.from(request.pdf).toString('base64'),
      notes: { brand_id: request.brandId, loan_id: request.loanId },
    };
    // Not retried: a second upload would create a second document to sign.
    const { status, json } = await callProvider('Digio', this.http, {
      method: 'POST',
      path: '/v2/client/document/uploadpdf',
      headers: { authorization: basicAuth(this.options.clientId, this.options.clientSecret) },
      body: JSON.stringify(body),
      retry: false,
    });
    if (status !== 200 || typeof json['id'] !== 'string') throw new ProviderError('Digio', status, json);
    return { providerDocumentId: json['id'], state: stateOf(json['agreement_status']), signingUrl: this.signingUrl(json['id'], identifier) };
  }

  async status(providerDocumentId: string): Promise<SignatureStatus> {
    const { status, json } = await callProvider('Digio', this.http, {
      method: 'GET',
      path: `/v2/client/document/${encodeURIComponent(providerDocumentId)}`,
      headers: { authorization: basicAuth(this.options.clientId, this.options.clientSecret) },
      retry: true,
    });
    if (status !== 200 || typeof json['id'] !== 'string') throw new ProviderError('Digio', status, json);
    return { providerDocumentId: json['id'], state: stateOf(json['agreement_status']) };
  }

  parseWebhook(request: WebhookRequest, _now: Date): WebhookVerification {
    const received = request.headers['x-digio-checksum'];
    if (!received) return { ok: false, reason: 'SIGNATURE_MISSING' };
    if (!signaturesMatch(received, hmacSha256(this.options.webhookSecret, request.rawBody, 'hex'))) return { ok: false, reason: 'SIGNATURE_INVALID' };
    type Body = { id?: string; event?: string; payload?: { document?: { id?: string; agreement_status?: string; notes?: Record<string, string> } } };
    let body: Body;
    try {
      body = JSON.parse(request.rawBody) as Body;
    } catch {
      return { ok: false, reason: 'MALFORMED' };
    }
    const document = body.payload?.document;
    if (typeof body.id !== 'string' || typeof body.event !== 'string' || !document?.id) return { ok: false, reason: 'MALFORMED' };
    const state = stateOf(document.agreement_status);
    const type = state === 'SIGNED' ? 'esign.completed' : state === 'DECLINED' ? 'esign.declined' : null;
    const brandId = document.notes?.['brand_id'];
    const loanId = document.notes?.['loan_id'];
    if (!type || !brandId || !loanId) return { ok: true, webhook: { eventId: body.id, providerEvent: body.event, outcome: null } };
    return {
      ok: true,
      webhook: { eventId: body.id, providerEvent: body.event, outcome: { type, brandId, aggregateType: 'loan', aggregateId: loanId, payload: { providerDocumentId: document.id } } },
    };
  }
}
