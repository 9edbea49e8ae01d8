import type { Money } from '@los/domain';
import type { WebhookSource } from './webhook-source.js';

/** A request to collect a repayment through a hosted payment page. */
export interface PaymentLinkRequest {
  readonly brandId: string;
  readonly loanId: string;
  /** The lender's own reference, unique per link; providers echo it back and refuse a repeat. */
  readonly reference: string;
  readonly amount: Money;
  readonly description: string;
  readonly customer: { readonly name: string; readonly phone: string; readonly email?: string };
  readonly expiresAt?: Date;
}

/** A created payment link. */
export interface PaymentLink {
  readonly providerLinkId: string;
  readonly url: string;
  readonly reference: string;
  /** The provider that made the link, when the gateway routes between several (else the gateway's own). */
  readonly provider?: string;
}

/**
 * A collections gateway: payment links out, signed payment callbacks in. The callbacks carry the brand and
 * loan the link was created for, so a payment lands on the right loan.
 */
export interface PaymentGateway extends WebhookSource {
  createPaymentLink(request: PaymentLinkRequest): Promise<PaymentLink>;
}
