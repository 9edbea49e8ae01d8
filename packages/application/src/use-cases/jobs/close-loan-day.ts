import { type JournalEntry, type LocalDate, type LoanPosition, type PenalPolicy, type Rate, type Rounding, loanPosition, penalCharge, postCharge, postExcessApplied } from '@los/domain';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleRepositories } from '../../ports/loan-lifecycle-repository.js';
import { commitLoan } from '../lifecycle/lifecycle-step.js';
import { dueInterestAccrual, readLoanBooks } from '../servicing/loan-books.js';

/**
 * A penal charge levied by the day-end close, off unless a brand's product discloses one in its KFS. Per RBI's
 * penal-charges circular (18 August 2023) it is a charge on the overdue principal and interest, never on
 * penal charges or fees, never capitalised; one day's charge is booked per business date while the days past
 * due exceed the grace days.
 */
export interface PenalLevy {
  readonly policy: PenalPolicy & { readonly per: 'DAY' };
  readonly graceDays: number;
  readonly gstRate: Rate;
  readonly rounding: Rounding;
}

/** What the day-end close did to one loan. */
export interface LoanDayClose {
  /** False when the loan left repayment (closed, say) after it was listed, or has no fixed schedule. */
  readonly closed: boolean;
  readonly interestAccrued: boolean;
  readonly excessApplied: boolean;
  readonly penalCharged: boolean;
  readonly markedOverdue: boolean;
  readonly cured: boolean;
}

const SKIPPED: LoanDayClose = { closed: false, interestAccrued: false, excessApplied: false, penalCharged: false, markedOverdue: false, cured: false };

/**
 * Closes one loan's business day in the caller's transaction: posts the interest of instalments fallen due
 * and not yet accrued, applies the excess held to what is due by the waterfall, and ages the loan's arrears
 * (ACTIVE ⇄ OVERDUE) by the days past due the ledger now shows, levying a day's penal charge when `penal` is
 * set. Everything is derived from the schedule and the ledger (a penal charge dated today counts as levied),
 * so running it again on the same day finds nothing left to post and the same days past due.
 */
export async function closeLoanDay(
  repos: LifecycleRepositories,
  loan: { readonly brandId: string; readonly loanId: string },
  today: LocalDate,
  at: Date,
  ids: IdGenerator,
  penal?: PenalLevy,
): Promise<LoanDayClose> {
  const found = await repos.loans.findById(loan.brandId, loan.loanId);
  if (!found || (found.status !== 'ACTIVE' && found.status !== 'OVERDUE')) return SKIPPED;
  const books = await readLoanBooks(repos, loan.brandId, loan.loanId, today);
  if (!books) return SKIPPED;
  const { schedule, entries, position: before } = books;
  const header = () => ({ id: ids.next(), brandId: loan.brandId, loanId: loan.loanId, businessDate: today });
  const posted: JournalEntry[] = [];
  const accrual = dueInterestAccrual(books, loan, ids);
  if (accrual) posted.push(accrual);
  // The excess is matched against the balances after today's accrual, so it can meet today's interest too.
  const accrued = loanPosition(schedule, [...entries, ...posted], today);
  const applied = postExcessApplied(header(), { balances: accrued.balances, dues: accrued.dues });
  if (applied) posted.push(applied.entry);
  const after = applied ? loanPosition(schedule, [...entries, ...posted], today) : accrued;
  const charge = penal && !entries.some((e) => e.kind === 'PENAL_CHARGE' && e.businessDate === today) ? daysPenal(after, penal) : null;
  if (charge) posted.push(postCharge(header(), 'PENAL', charge, `Penal charge for ${today}`));
  if (posted.length > 0) await repos.ledger.append(posted);

  const statusBefore = found.status;
  const aged = found.ageArrears(after.daysPastDue, at);
  // The loan is saved whenever the ledger moved, not only when it aged: its version check makes a repayment
  // committed meanwhile (which read the same excess) roll this close back instead of applying money twice.
  if (aged || posted.length > 0) await commitLoan(repos, found, ids, undefined);
  return {
    closed: true,
    interestAccrued: before.interestToAccrue.isPositive(),
    excessApplied: applied !== null,
    penalCharged: charge !== null,
    markedOverdue: statusBefore === 'ACTIVE' && found.status === 'OVERDUE',
    cured: statusBefore === 'OVERDUE' && found.status === 'ACTIVE',
  };
}

/** One day's penal charge on what is overdue, or null within the grace days or when nothing is overdue. */
function daysPenal(position: LoanPosition, penal: PenalLevy): ReturnType<typeof penalCharge> | null {
  if (position.daysPastDue <= penal.graceDays) return null;
  const overdueAmount = position.dues.PRINCIPAL.plus(position.dues.INTEREST);
  // Asked for the first chargeable day only: the close books one day at a time, once per business date.
  const charge = penalCharge({ overdueAmount, daysPastDue: penal.graceDays + 1, graceDays: penal.graceDays, policy: penal.policy, gstRate: penal.gstRate, rounding: penal.rounding });
  return charge.total.isPositive() ? charge : null;
}
