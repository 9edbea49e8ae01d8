import type { PaymentGateway, PaymentLink, PaymentLinkRequest, WebhookRequest, WebhookVerification } from '@los/application';
import { Money } from '@los/domain';
import { checkCashfreeSignature } from './cashfree-signature.js';
import { type ProviderHttpOptions, ProviderError, clientHttp, callProvider } from './provider-http.js';

/** Cashfree Payments account settings. */
export interface CashfreeOptions extends Partial<ProviderHttpOptions> {
  readonly clientId: string;
  readonly clientSecret: string;
  /** The secret callbacks are signed with (Cashfree signs with the client secret). */
  readonly webhookSecret: string;
  /** How far a callback's timestamp may be from now, in seconds (default 300). */
  readonly timestampWindowSeconds?: number;
}

const API_VERSION = '2023-08-01';

/**
 * Cashfree sends amounts as JSON numbers. A number parsed from a decimal literal of at most 15 significant
 * digits prints back (ECMAScript Number::toString, shortest round trip) as the same decimal, so the string
 * is exact for any rupee amount below 10^13; anything else is refused rather than rounded.
 */
function moneyFromJson(value: unknown, currency: unknown): Money | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || typeof currency !== 'string') return null;
  const text = String(value);
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(text)) return null;
  return Money.of(text, currency);
}

/**
 * Payment links through Cashfree Payments (API reference, "Create Payment Link": `POST /pg/links` with
 * `x-client-id`, `x-client-secret` and `x-api-version` headers) and its payment webhooks
 * (`PAYMENT_SUCCESS_WEBHOOK`, `PAYMENT_FAILED_WEBHOOK`), verified by signature and timestamp window.
 * The link's tags carry the brand and loan back on the callback.
 */
export class CashfreePaymentGateway implements PaymentGateway {
  readonly provider = 'cashfree';
  private readonly http: ProviderHttpOptions;

  constructor(private readonly options: CashfreeOptions) {
    this.http = clientHttp(options, 'https://api.cashfree.com');
  }

  async createPaymentLink(request: PaymentLinkRequest): Promise<PaymentLink> {
    const body = JSON.stringify({
      link_id: request.reference,
      link_amount: '__AMOUNT__',
      link_currency: request.amount.currency,
      link_purpose: request.description,
      customer_details: { customer_phone: request.customer.phone, customer_name: request.customer.name, ...(request.customer.email ? { customer_email: request.customer.email } : {}) },
      link_notes: { brand_id: request.brandId, loan_id: request.loanId },
      ...(request.expiresAt ? { link_expiry_time: request.expiresAt.toISOString() } : {}),
    });
    // The amount goes on the wire as a JSON number written from the decimal string, never through a float.
    const wire = body.replace('"__AMOUNT__"', request.amount.toFixed());
    const { status, json } = await callProvider('Cashfree', this.http, {
      method: 'POST',
      path: '/pg/links',
      headers: { 'x-client-id': this.options.clientId, 'x-client-secret': this.options.clientSecret, 'x-api-version': API_VERSION },
      body: wire,
      retry: false,
    });
    if (status !== 200 || typeof json['link_url'] !== 'string' || json['cf_link_id'] === undefined) throw new ProviderError('Cashfree', status, json);
    return { providerLinkId: String(json['cf_link_id']), url: json['link_url'], reference: request.reference };
  }

  parseWebhook(request: WebhookRequest, now: Date): WebhookVerification {
    const rejected = checkCashfreeSignature(request.headers, request.rawBody, this.options.webhookSecret, now, this.options.timestampWindowSeconds);
    if (rejected) return { ok: false, reason: rejected };
    type Body = {
      type?: string;
      data?: {
        order?: { order_id?: string; order_tags?: Record<string, string> | null };
        payment?: { cf_payment_id?: string | number; payment_status?: string; payment_amount?: number; payment_currency?: string; payment_message?: string };
      };
    };
    let body: Body;
    try {
      body = JSON.parse(request.rawBody) as Body;
    } catch {
      return { ok: false, reason: 'MALFORMED' };
    }
    const payment = body.data?.payment;
    if (typeof body.type !== 'string' || payment?.cf_payment_id === undefined) return { ok: false, reason: 'MALFORMED' };
    const eventId = request.headers['x-idempotency-key'] ?? `${body.type}:${payment.cf_payment_id}`;
    const tags = body.data?.order?.order_tags ?? {};
    const type = body.type === 'PAYMENT_SUCCESS_WEBHOOK' ? 'payment.received' : body.type === 'PAYMENT_FAILED_WEBHOOK' ? 'payment.failed' : null;
    if (!type || !tags['brand_id'] || !tags['loan_id']) return { ok: true, webhook: { eventId, providerEvent: body.type, outcome: null } };
    const amount = moneyFromJson(payment.payment_amount, payment.payment_currency);
    if (!amount) return { ok: false, reason: 'MALFORMED' };
    return {
      ok: true,
      webhook: {
        eventId,
        providerEvent: body.type,
        outcome: {
          type,
          brandId: tags['brand_id'],
          aggregateType: 'loan',
          aggregateId: tags['loan_id'],
          payload: {
            amount: { amount: amount.toFixed(), currency: amount.currency },
            providerPaymentId: String(payment.cf_payment_id),
            ...(tags['link_id'] ? { reference: tags['link_id'] } : {}),
            ...(type === 'payment.failed' && payment.payment_message ? { failure: payment.payment_message } : {}),
          },
        },
      },
    };
  }
}
