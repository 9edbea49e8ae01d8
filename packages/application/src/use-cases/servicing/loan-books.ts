import {
  type ForeclosureQuote,
  type JournalEntry,
  type LoanPosition,
  type LocalDate,
  type ScheduleJson,
  Money,
  foreclosureQuote,
  loanPosition,
  postInterestAccrual,
} from '@los/domain';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleRepositories } from '../../ports/loan-lifecycle-repository.js';
import type { ServicingPolicy } from './servicing-policy.js';

/** A disbursed loan's schedule, ledger entries and position on a date, read in the caller's transaction. */
export interface LoanBooks {
  readonly schedule: ScheduleJson;
  readonly entries: readonly JournalEntry[];
  readonly position: LoanPosition;
}

/** Reads a loan's books; null when the loan has no fixed schedule (not disbursed). */
export async function readLoanBooks(repos: LifecycleRepositories, brandId: string, loanId: string, asOf: LocalDate): Promise<LoanBooks | null> {
  const schedule = await repos.servicing.schedule(brandId, loanId);
  if (!schedule) return null;
  const entries = await repos.ledger.entriesOfLoan(brandId, loanId);
  return { schedule, entries, position: loanPosition(schedule, entries, asOf) };
}

/** The entry accruing the interest of instalments fallen due and not yet accrued, if there is any. */
export function dueInterestAccrual(books: LoanBooks, header: { readonly brandId: string; readonly loanId: string }, ids: IdGenerator): JournalEntry | null {
  const { interestToAccrue, asOf } = books.position;
  if (!interestToAccrue.isPositive()) return null;
  return postInterestAccrual({ id: ids.next(), ...header, businessDate: asOf }, interestToAccrue, `Interest of instalments due by ${asOf}`);
}

/**
 * What closing the loan today costs: the outstanding principal, interest accrued since the last due date,
 * everything due and unpaid, the foreclosure charge with GST, less the excess held.
 */
export function quoteForeclosure(books: LoanBooks, policy: ServicingPolicy): ForeclosureQuote {
  const { position, schedule } = books;
  const c = schedule.currency;
  const arrears = Money.sum(Object.values(position.dues), c);
  return foreclosureQuote({
    schedule,
    asOf: position.asOf,
    arrears,
    chargeRate: policy.foreclosureChargeRate,
    gstRate: policy.gstRate,
    excessHeld: position.balances.excess,
    rounding: policy.rounding,
  });
}
