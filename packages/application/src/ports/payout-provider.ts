import type { Money } from '@los/domain';
import type { VerifiedBankAccount } from './bank-account-verifier.js';

/** A disbursal to a borrower's verified account. */
export interface PayoutRequest {
  readonly brandId: string;
  readonly loanId: string;
  /** Sent to the provider as its idempotency key: repeating a request never pays twice. */
  readonly idempotencyKey: string;
  readonly amount: Money;
  readonly account: VerifiedBankAccount;
  readonly narration: string;
}

/** Why a payout did not reach the account. */
export type PayoutFailureReason = 'INVALID_ACCOUNT' | 'ACCOUNT_CLOSED' | 'BENEFICIARY_BANK_DOWN' | 'INSUFFICIENT_FUNDS' | 'REJECTED';

/** Where a payout stands. A settled payout carries the bank's UTR. */
export type PayoutStatus =
  | { readonly state: 'PENDING'; readonly providerPayoutId: string }
  | { readonly state: 'SETTLED'; readonly providerPayoutId: string; readonly utr: string }
  | { readonly state: 'FAILED'; readonly providerPayoutId: string; readonly reason: PayoutFailureReason; readonly detail: string };

/** Pays out disbursals (IMPS/NEFT) and reports their UTR or failure. */
export interface PayoutProvider {
  disburse(request: PayoutRequest): Promise<PayoutStatus>;
  status(providerPayoutId: string): Promise<PayoutStatus>;
}
