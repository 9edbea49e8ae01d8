import type { PaymentGateway, PaymentLink, PaymentLinkRequest, WebhookRequest, WebhookVerification } from '@los/application';
import { Money } from '@los/domain';
import { type ProviderHttpOptions, ProviderError, clientHttp, basicAuth, callProvider } from './provider-http.js';
import { checkRazorpaySignature } from './razorpay-signature.js';

/** Razorpay account settings. */
export interface RazorpayOptions extends Partial<ProviderHttpOptions> {
  readonly keyId: string;
  readonly keySecret: string;
  readonly webhookSecret: string;
}

interface RazorpayEntity {
  readonly id?: string;
  readonly amount?: number;
  readonly amount_paid?: number;
  readonly currency?: string;
  readonly reference_id?: string;
  readonly notes?: Record<string, string>;
  readonly error_description?: string;
}

/**
 * Payment links through Razorpay (API reference, "Payment Links": `POST /v1/payment_links`, basic auth with
 * the key id and secret, amounts in the smallest currency unit, `reference_id` unique per link, `notes`
 * echoed on its payments) and Razorpay webhooks. The link's notes carry the brand and loan, so the
 * callback names the loan to credit. `payment_link.paid` becomes `payment.received` and `payment.failed`
 * becomes `payment.failed`; `payment.captured` for the same payment is recorded but not acted on, so one
 * payment is never counted twice.
 */
export class RazorpayPaymentGateway implements PaymentGateway {
  readonly provider: string = 'razorpay';
  private readonly http: ProviderHttpOptions;

  constructor(private readonly options: RazorpayOptions) {
    this.http = clientHttp(options, 'https://api.razorpay.com');
  }

  async createPaymentLink(request: PaymentLinkRequest): Promise<PaymentLink> {
    const body = {
      amount: Number(request.amount.toMinor()),
      currency: request.amount.currency,
      accept_partial: false,
      reference_id: request.reference,
      description: request.description,
      customer: { name: request.customer.name, contact: request.customer.phone, ...(request.customer.email ? { email: request.customer.email } : {}) },
      notify: { sms: true, email: request.customer.email !== undefined },
      notes: { brand_id: request.brandId, loan_id: request.loanId },
      ...(request.expiresAt ? { expire_by: Math.floor(request.expiresAt.getTime() / 1000) } : {}),
    };
    // Not retried: Razorpay refuses a repeated reference_id, so a retry after a lost answer would fail anyway.
    const { status, json } = await callProvider('Razorpay', this.http, {
      method: 'POST',
      path: '/v1/payment_links',
      headers: { authorization: basicAuth(this.options.keyId, this.options.keySecret) },
      body: JSON.stringify(body),
      retry: false,
    });
    if (status !== 200 || typeof json['id'] !== 'string' || typeof json['short_url'] !== 'string') throw new ProviderError('Razorpay', status, json);
    return { providerLinkId: json['id'], url: json['short_url'], reference: request.reference };
  }

  parseWebhook(request: WebhookRequest, _now: Date): WebhookVerification {
    const rejected = checkRazorpaySignature(request.headers, request.rawBody, this.options.webhookSecret);
    if (rejected) return { ok: false, reason: rejected };
    let body: { event?: string; payload?: { payment?: { entity?: RazorpayEntity }; payment_link?: { entity?: RazorpayEntity } } };
    try {
      body = JSON.parse(request.rawBody) as typeof body;
    } catch {
      return { ok: false, reason: 'MALFORMED' };
    }
    const event = body.event;
    const payment = body.payload?.payment?.entity;
    if (typeof event !== 'string' || !payment?.id) return { ok: false, reason: 'MALFORMED' };
    // Razorpay sends the same X-Razorpay-Event-Id on every redelivery of an event.
    const eventId = request.headers['x-razorpay-event-id'] ?? `${event}:${payment.id}`;
    const link = body.payload?.payment_link?.entity;
    const notes = link?.notes ?? payment.notes ?? {};
    const brandId = notes['brand_id'];
    const loanId = notes['loan_id'];
    const type = event === 'payment_link.paid' ? 'payment.received' : event === 'payment.failed' ? 'payment.failed' : null;
    if (!type || !brandId || !loanId) return { ok: true, webhook: { eventId, providerEvent: event, outcome: null } };
    if (!Number.isSafeInteger(payment.amount) || typeof payment.currency !== 'string') return { ok: false, reason: 'MALFORMED' };
    const amount = Money.fromMinor(BigInt(payment.amount!), payment.currency);
    return {
      ok: true,
      webhook: {
        eventId,
        providerEvent: event,
        outcome: {
          type,
          brandId,
          aggregateType: 'loan',
          aggregateId: loanId,
          payload: {
            amount: { amount: amount.toFixed(), currency: amount.currency },
            providerPaymentId: payment.id,
            ...(link?.id ? { providerLinkId: link.id } : {}),
            ...(link?.reference_id ? { reference: link.reference_id } : {}),
            ...(type === 'payment.failed' && payment.error_description ? { failure: payment.error_description } : {}),
          },
        },
      },
    };
  }
}
