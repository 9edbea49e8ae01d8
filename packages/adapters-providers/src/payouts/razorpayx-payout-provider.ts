import type { PayoutFailureReason, PayoutProvider, PayoutRequest, PayoutStatus } from '@los/application';
import { type ProviderHttpOptions, ProviderError, clientHttp, basicAuth, callProvider } from '../payments/provider-http.js';

/** RazorpayX account settings. */
export interface RazorpayXOptions extends Partial<ProviderHttpOptions> {
  readonly keyId: string;
  readonly keySecret: string;
  /** The lender's RazorpayX current account number that payouts are debited from. */
  readonly sourceAccountNumber: string;
  /** IMPS by default (instant, up to ₹5 lakh); NEFT or RTGS for larger amounts. */
  readonly mode?: 'IMPS' | 'NEFT' | 'RTGS';
}

/** Maps RazorpayX `status_details.reason` codes onto the port's reasons. */
export function payoutFailureReason(reason: string | undefined): PayoutFailureReason {
  const r = reason ?? '';
  if (r.includes('closed')) return 'ACCOUNT_CLOSED';
  if (r.includes('invalid') || r.includes('beneficiary_details')) return 'INVALID_ACCOUNT';
  if (r.includes('bank_down') || r.includes('bank_offline') || r.includes('network')) return 'BENEFICIARY_BANK_DOWN';
  if (r.includes('insufficient')) return 'INSUFFICIENT_FUNDS';
  return 'REJECTED';
}

function toStatus(json: Record<string, unknown>): PayoutStatus {
  const id = json['id'];
  const status = json['status'];
  if (typeof id !== 'string' || typeof status !== 'string') throw new ProviderError('RazorpayX', 200, json);
  if (status === 'processed' && typeof json['utr'] === 'string' && json['utr'] !== '') return { state: 'SETTLED', providerPayoutId: id, utr: json['utr'] };
  if (status === 'failed' || status === 'reversed' || status === 'rejected' || status === 'cancelled') {
    const details = (json['status_details'] ?? {}) as { reason?: string; description?: string };
    return { state: 'FAILED', providerPayoutId: id, reason: payoutFailureReason(details.reason), detail: details.description ?? status };
  }
  return { state: 'PENDING', providerPayoutId: id };
}

/**
 * Disbursals through RazorpayX Payouts (API reference, "Create a Payout to a bank account": `POST
 * /v1/payouts` with a composite `fund_account`, amount in paise, basic auth, and the
 * `X-Payout-Idempotency` header; `GET /v1/payouts/{id}` for the status; `processed` carries the UTR,
 * `reversed`/`failed` carry `status_details`). Because every create carries the idempotency key, a
 * create is safe to retry after a timeout: RazorpayX answers the payout it already made.
 */
export class RazorpayXPayoutProvider implements PayoutProvider {
  private readonly http: ProviderHttpOptions;

  constructor(private readonly options: RazorpayXOptions) {
    this.http = clientHttp(options, 'https://api.razorpay.com');
  }

  private auth(): string {
    return basicAuth(this.options.keyId, this.options.keySecret);
  }

  async disburse(request: PayoutRequest): Promise<PayoutStatus> {
    const body = {
      account_number: this.options.sourceAccountNumber,
      amount: Number(request.amount.toMinor()),
      currency: request.amount.currency,
      mode: this.options.mode ?? 'IMPS',
      purpose: 'payout',
      fund_account: {
        account_type: 'bank_account',
        bank_account: { name: request.account.holderName, ifsc: request.account.ifsc, account_number: request.account.accountNumber },
        contact: { name: request.account.holderName, type: 'customer', reference_id: request.loanId },
      },
      queue_if_low_balance: true,
      reference_id: request.loanId,
      narration: request.narration.slice(0, 30),
      notes: { brand_id: request.brandId, loan_id: request.loanId },
    };
    const { status, json } = await callProvider('RazorpayX', this.http, {
      method: 'POST',
      path: '/v1/payouts',
      headers: { authorization: this.auth(), 'x-payout-idempotency': request.idempotencyKey },
      body: JSON.stringify(body),
      retry: true,
    });
    if (status !== 200) throw new ProviderError('RazorpayX', status, json);
    return toStatus(json);
  }

  async status(providerPayoutId: string): Promise<PayoutStatus> {
    const { status, json } = await callProvider('RazorpayX', this.http, {
      method: 'GET',
      path: `/v1/payouts/${encodeURIComponent(providerPayoutId)}`,
      headers: { authorization: this.auth() },
      retry: true,
    });
    if (status !== 200) throw new ProviderError('RazorpayX', status, json);
    return toStatus(json);
  }
}
