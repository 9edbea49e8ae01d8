import type { PaymentLink, PaymentLinkRequest, WebhookRequest } from '@los/application';
import { RazorpayPaymentGateway } from './razorpay-payment-gateway.js';
import { razorpaySignature } from './razorpay-signature.js';

/**
 * The embedded-mode payment gateway: links live in memory and `simulatePayment` produces the callback a
 * payment would, in Razorpay's documented shape and signed with Razorpay's scheme, so the webhook route,
 * inbox and consumers run exactly as in production. Parsing is Razorpay's own.
 *
 * Test identities: a customer phone ending in `0000` always fails to pay; every other payment succeeds
 * unless `simulatePayment` is told otherwise.
 */
export class SandboxPaymentGateway extends RazorpayPaymentGateway {
  override readonly provider: string = 'sandbox-payments';
  private readonly links = new Map<string, PaymentLinkRequest>();
  private sequence = 0;

  constructor(private readonly sandbox: { readonly webhookSecret: string; readonly payBaseUrl?: string }) {
    super({ keyId: 'sandbox', keySecret: 'sandbox', webhookSecret: sandbox.webhookSecret });
  }

  override async createPaymentLink(request: PaymentLinkRequest): Promise<PaymentLink> {
    const providerLinkId = `plink_sbx${String(++this.sequence).padStart(10, '0')}`;
    this.links.set(providerLinkId, request);
    return { providerLinkId, url: `${this.sandbox.payBaseUrl ?? 'https://pay.sandbox.invalid'}/${providerLinkId}`, reference: request.reference };
  }

  /** The signed callback for a payment on a link: `payment_link.paid`, or `payment.failed`. */
  simulatePayment(providerLinkId: string, outcome: 'success' | 'failure' = 'success'): WebhookRequest {
    const request = this.links.get(providerLinkId);
    if (!request) throw new Error(`no sandbox payment link ${providerLinkId}`);
    const failed = outcome === 'failure' || request.customer.phone.endsWith('0000');
    const n = String(++this.sequence).padStart(10, '0');
    const notes = { brand_id: request.brandId, loan_id: request.loanId };
    const payment = { id: `pay_sbx${n}`, entity: 'payment', amount: Number(request.amount.toMinor()), currency: request.amount.currency, status: failed ? 'failed' : 'captured', notes, ...(failed ? { error_description: 'Payment declined by the sandbox bank' } : {}) };
    const link = { id: providerLinkId, entity: 'payment_link', reference_id: request.reference, status: failed ? 'created' : 'paid', amount_paid: failed ? 0 : payment.amount, notes };
    const body = failed
      ? { entity: 'event', event: 'payment.failed', payload: { payment: { entity: payment } } }
      : { entity: 'event', event: 'payment_link.paid', payload: { payment_link: { entity: link }, payment: { entity: payment } } };
    const rawBody = JSON.stringify(body);
    return { rawBody, headers: { 'content-type': 'application/json', 'x-razorpay-event-id': `evt_sbx${n}`, 'x-razorpay-signature': razorpaySignature(rawBody, this.sandbox.webhookSecret) } };
  }
}
