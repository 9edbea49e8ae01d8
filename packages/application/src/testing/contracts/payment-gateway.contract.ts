import { Money } from '@los/domain';
import { describe, expect, it } from 'vitest';
import type { PaymentGateway, PaymentLink, PaymentLinkRequest } from '../../ports/payment-gateway.js';
import type { WebhookRequest } from '../../ports/webhook-source.js';

/**
 * A gateway under test and the provider's side of a payment: `pay` has the customer pay (or fail to pay)
 * a link and returns the callback the provider then sends, signed as it signs them.
 * @example describePaymentGatewayContract({ name: 'sandbox', create: async () => ({ gateway, pay: (link, outcome) => gateway.simulatePayment(link.providerLinkId, outcome, now), now }) })
 */
export interface PaymentGatewayContractOptions {
  readonly name: string;
  readonly create: () => Promise<{
    readonly gateway: PaymentGateway;
    pay(link: PaymentLink, outcome: 'success' | 'failure'): Promise<WebhookRequest>;
    /** The instant callbacks are checked at (inside the provider's timestamp window). */
    readonly now: Date;
  }>;
  readonly skip?: string;
}

const uuid = () => globalThis.crypto.randomUUID();
const linkRequest = (): PaymentLinkRequest => ({
  brandId: uuid(),
  loanId: uuid(),
  reference: `rep-${uuid().slice(0, 8)}`,
  amount: Money.of('5234.50', 'INR'),
  description: 'EMI 1 of loan',
  customer: { name: 'Asha Rao', phone: '+919812345678' },
});

/**
 * The behaviour every payment gateway shares: links are created per reference, a paid link's callback
 * verifies and names the brand, loan and exact amount, redeliveries keep their event id, and an altered
 * or unsigned callback is refused.
 */
export function describePaymentGatewayContract(options: PaymentGatewayContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`PaymentGateway contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    it('creates a link per reference with a payment URL', async () => {
      const f = await options.create();
      const a = await f.gateway.createPaymentLink(linkRequest());
      const b = await f.gateway.createPaymentLink(linkRequest());
      expect(a.providerLinkId).not.toBe(b.providerLinkId);
      expect(new URL(a.url).protocol).toMatch(/^https?:$/);
    });

    it("turns a paid link's callback into payment.received for the link's brand, loan and exact amount", async () => {
      const f = await options.create();
      const request = linkRequest();
      const link = await f.gateway.createPaymentLink(request);
      expect(link.reference).toBe(request.reference);
      const callback = await f.pay(link, 'success');
      const parsed = f.gateway.parseWebhook(callback, f.now);
      if (!parsed.ok) throw new Error(`refused: ${parsed.reason}`);
      expect(parsed.webhook.eventId).not.toBe('');
      expect(parsed.webhook.outcome).toMatchObject({ type: 'payment.received', brandId: request.brandId, aggregateType: 'loan', aggregateId: request.loanId });
      expect(parsed.webhook.outcome?.payload).toMatchObject({ amount: { amount: '5234.50', currency: 'INR' }, reference: request.reference });
      // A redelivery is the same event.
      const again = f.gateway.parseWebhook(callback, f.now);
      expect(again.ok && again.webhook.eventId).toBe(parsed.webhook.eventId);
    });

    it('reports a failed payment as payment.failed', async () => {
      const f = await options.create();
      const request = linkRequest();
      const parsed = f.gateway.parseWebhook(await f.pay(await f.gateway.createPaymentLink(request), 'failure'), f.now);
      expect(parsed.ok && parsed.webhook.outcome?.type).toBe('payment.failed');
    });

    it('refuses a callback whose body was altered, or that carries no signature', async () => {
      const f = await options.create();
      const request = linkRequest();
      const callback = await f.pay(await f.gateway.createPaymentLink(request), 'success');
      const forged = { ...callback, rawBody: callback.rawBody.replaceAll(request.loanId, uuid()) };
      expect(forged.rawBody).not.toBe(callback.rawBody);
      expect(f.gateway.parseWebhook(forged, f.now)).toEqual({ ok: false, reason: 'SIGNATURE_INVALID' });
      expect(f.gateway.parseWebhook({ ...callback, rawBody: `${callback.rawBody} ` }, f.now)).toEqual({ ok: false, reason: 'SIGNATURE_INVALID' });
      const unsigned = Object.fromEntries(Object.entries(callback.headers).filter(([k]) => !k.includes('signature')));
      expect(f.gateway.parseWebhook({ ...callback, headers: unsigned }, f.now)).toEqual({ ok: false, reason: 'SIGNATURE_MISSING' });
    });
  });
}
