import { type LoanSnapshot, type Result, Money, err, generateSchedule, ok, quoteTerms } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleRepositories, LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { PayoutProvider, PayoutRequest, PayoutStatus } from '../../ports/payout-provider.js';
import { type LifecycleStepError, attempt, commitLoan, loadForStaff } from '../lifecycle/lifecycle-step.js';
import { businessDate } from '../loans/business-date.js';
import { type DisbursalOutcome, settleDisbursal } from './settle-disbursal.js';

/** Why a disbursal did not start: the lifecycle's refusals, or no verified bank account to pay. */
export type DisburseLoanError = LifecycleStepError | { readonly code: 'BANK_ACCOUNT_NOT_VERIFIED' };

/** Where the disbursal stands after the provider answered (or could not be reached). */
export interface DisbursalView {
  readonly requestId: string;
  readonly outcome: DisbursalOutcome | 'PROVIDER_UNREACHABLE';
  readonly status: string;
  readonly utr?: string;
  readonly failure?: string;
}

/**
 * Loan ops disburse a signed loan to the customer's verified bank account through the payout port. The
 * request (AGREEMENT_SIGNED → DISBURSAL_PENDING, with a fresh idempotency key) commits before the provider is
 * called; the provider's answer is applied in a second transaction. An unreachable provider leaves the
 * loan pending: reconciliation re-sends with the same key, which never pays twice.
 */
export class DisburseLoan {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly ids: IdGenerator; readonly clock: Clock; readonly payouts: PayoutProvider; readonly timeZone: string }) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string; readonly loanId: string }): Promise<Result<DisbursalView, DisburseLoanError>> {
    const requested = await this.deps.unitOfWork.run(async (repos) => {
      const found = await loadForStaff(repos, input.actor, input.brandId, input.loanId, 'loan-ops');
      if (!found.ok) return found;
      const { loan, staff } = found.value;
      const s = loan.toSnapshot();
      const requestId = this.deps.ids.next();
      if (s.status === 'AGREEMENT_SIGNED' && !(await repos.kyc.verifiedBankAccount(s.brandId, s.customerId))) return err({ code: 'BANK_ACCOUNT_NOT_VERIFIED' as const });
      const done = attempt(() => loan.requestDisbursal(staff, requestId, this.deps.clock.now()));
      if (!done.ok) return done;
      const request = await this.payoutRequest(repos, loan.toSnapshot());
      await commitLoan(repos, loan, this.deps.ids, staff.userId, input.actor.requestId);
      return ok(request);
    });
    if (!requested.ok) return requested;
    return ok(await this.send(requested.value));
  }

  /**
   * Finishes a pending disbursal: asks the provider where the payout stands, or sends the request again
   * under its key when the provider never acknowledged it (the key makes a repeat pay nothing twice).
   */
  async reconcile(brandId: string, loanId: string): Promise<DisbursalView | null> {
    const request = await this.deps.unitOfWork.run(async (repos) => {
      const loan = await repos.loans.findById(brandId, loanId);
      if (!loan || loan.status !== 'DISBURSAL_PENDING') return null;
      const s = loan.toSnapshot();
      return s.disbursal?.providerPayoutId ? { providerPayoutId: s.disbursal.providerPayoutId } : this.payoutRequest(repos, s);
    });
    if (!request) return null;
    if ('providerPayoutId' in request) return this.apply(brandId, loanId, await this.deps.payouts.status(request.providerPayoutId));
    return this.send(request);
  }

  /** The payout of a pending disbursal: the net amount of today's schedule to the verified account. */
  private async payoutRequest(repos: LifecycleRepositories, s: LoanSnapshot): Promise<PayoutRequest> {
    const [product, account] = await Promise.all([repos.brands.findProduct(s.brandId, s.productId), repos.kyc.verifiedBankAccount(s.brandId, s.customerId)]);
    if (!product || !account || !s.disbursal) throw new Error(`product, account or disbursal request of loan ${s.id} not found`);
    const net = generateSchedule(quoteTerms(product, s.amount, s.tenure, businessDate(this.deps.clock.now(), this.deps.timeZone))).netDisbursed;
    return { brandId: s.brandId, loanId: s.id, idempotencyKey: s.disbursal.requestId, amount: Money.of(net, product.currency), account, narration: `Loan ${s.id.slice(0, 8)} disbursal` };
  }

  private async send(request: PayoutRequest): Promise<DisbursalView> {
    let status: PayoutStatus;
    try {
      status = await this.deps.payouts.disburse(request);
    } catch {
      // Unknown whether the provider took it: reconciliation re-sends under the same key.
      return { requestId: request.idempotencyKey, outcome: 'PROVIDER_UNREACHABLE', status: 'DISBURSAL_PENDING' };
    }
    return this.apply(request.brandId, request.loanId, status);
  }

  /** Applies a payout status to the loan in its own transaction (used after a request and by reconciliation). */
  async apply(brandId: string, loanId: string, status: PayoutStatus): Promise<DisbursalView> {
    return this.deps.unitOfWork.run(async (repos) => {
      const loan = await repos.loans.findById(brandId, loanId);
      if (!loan) throw new Error(`loan ${loanId} vanished during its disbursal`);
      const requestId = loan.toSnapshot().disbursal?.requestId ?? '';
      if (loan.status !== 'DISBURSAL_PENDING') return { requestId, outcome: loan.status === 'ACTIVE' ? 'DISBURSED' : 'FAILED', status: loan.status };
      const now = this.deps.clock.now();
      const outcome = await settleDisbursal(repos, loan, status, businessDate(now, this.deps.timeZone), this.deps, now);
      await commitLoan(repos, loan, this.deps.ids, undefined);
      return {
        requestId,
        outcome,
        status: loan.status,
        ...(status.state === 'SETTLED' ? { utr: status.utr } : {}),
        ...(status.state === 'FAILED' ? { failure: `${status.reason}: ${status.detail}` } : {}),
      };
    });
  }
}
