import { describe, expect, it } from 'vitest';
import type { ESignProvider, SignatureRequest } from '../../ports/esign-provider.js';
import type { WebhookRequest } from '../../ports/webhook-source.js';

/**
 * An e-sign provider under test and the signer's side: `sign` has the signer sign (or decline) and returns
 * the provider's signed callback.
 * @example describeESignProviderContract({ name: 'sandbox', create: async () => ({ esign, sign: (id, outcome) => esign.simulateSigning(id, outcome, now), now }) })
 */
export interface ESignProviderContractOptions {
  readonly name: string;
  readonly create: () => Promise<{ readonly esign: ESignProvider; sign(providerDocumentId: string, outcome: 'sign' | 'decline'): Promise<WebhookRequest>; readonly now: Date }>;
  readonly skip?: string;
}

const uuid = () => globalThis.crypto.randomUUID();
const request = (): SignatureRequest => ({
  brandId: uuid(), loanId: uuid(), documentName: 'loan-agreement.pdf', pdf: new TextEncoder().encode('%PDF-1.3\n%%EOF\n'),
  signer: { name: 'Asha Rao', phone: '+919812345678' }, expiresInDays: 5,
});

/**
 * The behaviour every e-sign provider shares: a request waits with a signing URL, the signed callback
 * verifies as esign.completed for the loan and the status follows, a decline is reported, and an
 * altered callback is refused.
 */
export function describeESignProviderContract(options: ESignProviderContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`ESignProvider contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    it('requests a signature, then reports it signed through a verified callback and the status', async () => {
      const f = await options.create();
      const r = request();
      const requested = await f.esign.requestSignature(r);
      expect(requested.state).toBe('REQUESTED');
      expect(requested.signingUrl).toMatch(/^https?:\/\//);
      const parsed = f.esign.parseWebhook(await f.sign(requested.providerDocumentId, 'sign'), f.now);
      if (!parsed.ok) throw new Error(`refused: ${parsed.reason}`);
      expect(parsed.webhook.outcome).toMatchObject({ type: 'esign.completed', brandId: r.brandId, aggregateType: 'loan', aggregateId: r.loanId });
      expect(parsed.webhook.outcome?.payload).toMatchObject({ providerDocumentId: requested.providerDocumentId });
      expect((await f.esign.status(requested.providerDocumentId)).state).toBe('SIGNED');
    });

    it('reports a decline', async () => {
      const f = await options.create();
      const requested = await f.esign.requestSignature(request());
      const parsed = f.esign.parseWebhook(await f.sign(requested.providerDocumentId, 'decline'), f.now);
      expect(parsed.ok && parsed.webhook.outcome?.type).toBe('esign.declined');
      expect((await f.esign.status(requested.providerDocumentId)).state).toBe('DECLINED');
    });

    it('refuses an altered callback', async () => {
      const f = await options.create();
      const requested = await f.esign.requestSignature(request());
      const callback = await f.sign(requested.providerDocumentId, 'sign');
      expect(f.esign.parseWebhook({ ...callback, rawBody: `${callback.rawBody} ` }, f.now)).toEqual({ ok: false, reason: 'SIGNATURE_INVALID' });
    });
  });
}
