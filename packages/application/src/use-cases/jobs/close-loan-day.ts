import { type JournalEntry, type LocalDate, loanPosition, postExcessApplied, postInterestAccrual } from '@los/domain';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleRepositories } from '../../ports/loan-lifecycle-repository.js';
import { commitLoan } from '../lifecycle/lifecycle-step.js';

/** What the day-end close did to one loan. */
export interface LoanDayClose {
  /** False when the loan left repayment (closed, say) after it was listed, or has no fixed schedule. */
  readonly closed: boolean;
  readonly interestAccrued: boolean;
  readonly excessApplied: boolean;
  readonly markedOverdue: boolean;
  readonly cured: boolean;
}

const SKIPPED: LoanDayClose = { closed: false, interestAccrued: false, excessApplied: false, markedOverdue: false, cured: false };

/**
 * Closes one loan's business day in the caller's transaction: posts the interest of instalments fallen due
 * and not yet accrued, applies the excess held to what is due by the waterfall, and ages the loan's arrears
 * (ACTIVE ⇄ OVERDUE) by the days past due the ledger now shows. Everything is derived from the schedule and
 * the ledger, so running it again on the same day finds nothing left to post and the same days past due.
 */
export async function closeLoanDay(
  repos: LifecycleRepositories,
  loan: { readonly brandId: string; readonly loanId: string },
  today: LocalDate,
  at: Date,
  ids: IdGenerator,
): Promise<LoanDayClose> {
  const found = await repos.loans.findById(loan.brandId, loan.loanId);
  if (!found || (found.status !== 'ACTIVE' && found.status !== 'OVERDUE')) return SKIPPED;
  const schedule = await repos.servicing.schedule(loan.brandId, loan.loanId);
  if (!schedule) return SKIPPED;
  const header = () => ({ id: ids.next(), brandId: loan.brandId, loanId: loan.loanId, businessDate: today });
  const entries: JournalEntry[] = [...(await repos.ledger.entriesOfLoan(loan.brandId, loan.loanId))];
  const posted: JournalEntry[] = [];

  const before = loanPosition(schedule, entries, today);
  if (before.interestToAccrue.isPositive()) {
    posted.push(postInterestAccrual(header(), before.interestToAccrue, `Interest of instalments due by ${today}`));
  }
  // The excess is matched against the balances after today's accrual, so it can meet today's interest too.
  const accrued = loanPosition(schedule, [...entries, ...posted], today);
  const applied = postExcessApplied(header(), { balances: accrued.balances, dues: accrued.dues });
  if (applied) posted.push(applied.entry);
  if (posted.length > 0) await repos.ledger.append(posted);

  const after = applied ? loanPosition(schedule, [...entries, ...posted], today) : accrued;
  const statusBefore = found.status;
  const aged = found.ageArrears(after.daysPastDue, at);
  // The loan is saved whenever the ledger moved, not only when it aged: its version check makes a repayment
  // committed meanwhile (which read the same excess) roll this close back instead of applying money twice.
  if (aged || posted.length > 0) await commitLoan(repos, found, ids, undefined);
  return {
    closed: true,
    interestAccrued: before.interestToAccrue.isPositive(),
    excessApplied: applied !== null,
    markedOverdue: statusBefore === 'ACTIVE' && found.status === 'OVERDUE',
    cured: statusBefore === 'OVERDUE' && found.status === 'ACTIVE',
  };
}
