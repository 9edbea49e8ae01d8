/** An inbound provider callback as it arrived: header names lower-cased, the body exactly as sent. */
export interface WebhookRequest {
  readonly headers: Readonly<Record<string, string>>;
  readonly rawBody: string;
}

/** The events a provider callback can lead to, named as they go into the outbox. */
export type WebhookEventType =
  | 'payment.received'
  | 'payment.failed'
  | 'esign.completed'
  | 'esign.declined'
  | 'payout.settled'
  | 'payout.failed';

/** What a verified callback means for the lender, when it means anything. */
export interface WebhookOutcome {
  readonly type: WebhookEventType;
  readonly brandId: string;
  readonly aggregateType: 'loan' | 'payment' | 'esign' | 'payout';
  readonly aggregateId: string;
  /** Decimal strings for money, never numbers. */
  readonly payload: Readonly<Record<string, unknown>>;
}

/** A callback whose signature checked out. */
export interface VerifiedWebhook {
  /** The provider's own id of this delivery's event: redeliveries carry the same one. */
  readonly eventId: string;
  /** The provider's event name (`payment.captured`, `PAYMENT_SUCCESS_WEBHOOK`, …). */
  readonly providerEvent: string;
  /** Null for events the lender does not act on (recorded, nothing emitted). */
  readonly outcome: WebhookOutcome | null;
}

/** Why a callback was refused before anything was recorded. */
export type WebhookRejection = 'SIGNATURE_MISSING' | 'SIGNATURE_INVALID' | 'TIMESTAMP_OUTSIDE_WINDOW' | 'MALFORMED';

/** Verification outcome. */
export type WebhookVerification = { readonly ok: true; readonly webhook: VerifiedWebhook } | { readonly ok: false; readonly reason: WebhookRejection };

/**
 * Anything that sends signed callbacks (payment gateways, e-sign, payouts): checks the signature exactly as
 * the provider documents it (constant-time), then reads the event.
 */
export interface WebhookSource {
  /** The path segment under /api/v1/webhooks/ its callbacks arrive on (`razorpay`, `cashfree`, …). */
  readonly provider: string;
  parseWebhook(request: WebhookRequest, now: Date): WebhookVerification;
}
