import { type Loan, type LocalDate, Money, disbursalFromSchedule, generateSchedule, postDisbursal, quoteTerms } from '@los/domain';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleRepositories } from '../../ports/loan-lifecycle-repository.js';
import type { PayoutStatus } from '../../ports/payout-provider.js';

/** What a payout's status did to the loan. */
export type DisbursalOutcome = 'DISBURSED' | 'PENDING' | 'FAILED';

/**
 * Applies a payout's status to a loan awaiting disbursal, in the caller's transaction: settled → the schedule
 * is fixed from the disbursal date, the disbursal is posted to the ledger (fees and GST deducted) and the
 * loan turns ACTIVE with its UTR; failed → the loan goes back to loan ops with the reason; pending → the
 * provider's payout id is kept for the reconciliation that finishes it.
 */
export async function settleDisbursal(repos: LifecycleRepositories, loan: Loan, status: PayoutStatus, on: LocalDate, deps: { readonly ids: IdGenerator }, at: Date): Promise<DisbursalOutcome> {
  if (status.state === 'FAILED') {
    loan.failDisbursal({ reason: status.reason, detail: status.detail }, at);
    return 'FAILED';
  }
  if (status.state === 'PENDING') {
    if (loan.toSnapshot().disbursal?.providerPayoutId !== status.providerPayoutId) loan.recordPayoutAccepted(status.providerPayoutId, at);
    return 'PENDING';
  }
  const s = loan.toSnapshot();
  const product = await repos.brands.findProduct(s.brandId, s.productId);
  if (!product) throw new Error(`product ${s.productId} of loan ${s.id} not found`);
  const schedule = generateSchedule(quoteTerms(product, s.amount, s.tenure, on));
  await repos.servicing.fixSchedule(s.brandId, s.id, schedule);
  await repos.ledger.append([postDisbursal({ id: deps.ids.next(), brandId: s.brandId, loanId: s.id, businessDate: on }, disbursalFromSchedule(schedule))]);
  loan.disburse({ providerPayoutId: status.providerPayoutId, utr: status.utr, disbursedOn: on, netAmount: Money.of(schedule.netDisbursed, schedule.currency) }, at);
  return 'DISBURSED';
}
