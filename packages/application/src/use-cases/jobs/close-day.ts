import type { LocalDate } from '@los/domain';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { ConcurrencyConflictError } from '../../ports/loan-repository.js';
import { businessDate } from '../loans/business-date.js';
import { type JobFailure, JobIncompleteError, failureMessage } from './scheduled-job.js';
import { type LoanDayClose, type PenalLevy, closeLoanDay } from './close-loan-day.js';

/** What one day-end close did, for the job run record. */
export interface DayCloseCounts {
  readonly businessDate: LocalDate;
  /** Loans in repayment whose day was closed. */
  readonly loansClosedFor: number;
  /** Interest accrual entries posted. */
  readonly interestAccrued: number;
  /** Loans whose held excess met their dues. */
  readonly excessApplied: number;
  /** Penal charges levied (only with a `penal` levy). */
  readonly penalCharged: number;
  readonly loansMarkedOverdue: number;
  readonly loansCured: number;
}

/** Thrown at the end of a close in which some loans failed; the others are closed and committed. */
export class DayCloseIncompleteError extends JobIncompleteError {
  override readonly name: string = 'DayCloseIncompleteError';
  readonly businessDate: LocalDate;
  readonly failedLoanIds: readonly string[];
  constructor(counts: DayCloseCounts, failures: readonly JobFailure[], options: { cause: unknown }) {
    const { businessDate: date, ...numbers } = counts;
    super(`day-end close of ${date}`, numbers, failures, options);
    this.businessDate = date;
    this.failedLoanIds = failures.flatMap((f) => (f.loanId === undefined ? [] : [f.loanId]));
  }
}

interface CloseDayDeps {
  readonly unitOfWork: LifecycleUnitOfWork;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** The business time zone: the close is for the calendar date of `now` there. */
  readonly timeZone: string;
  /** Loans read per page of the book (default 200). */
  readonly pageSize?: number;
  /** A daily penal charge on overdue amounts; none when absent (the default until products disclose one). */
  readonly penal?: PenalLevy;
}

/**
 * The day-end close (once a day in the business time zone): walks every loan in repayment, page by page,
 * and closes each loan's day in a transaction of its own (interest of instalments fallen due, excess held
 * applied to dues, overdue marking and cure). Resumable: a run that stops half way leaves the loans it
 * finished committed, and a later run on the same day posts nothing twice because every step is derived
 * from the schedule and the ledger. A loan that fails (a repayment raced it twice, a broken record) does
 * not stop the others; the run then ends with `DayCloseIncompleteError` naming each failed loan and its brand,
 * so the job run is recorded failed with the counts of the loans that closed.
 */
export class CloseDay {
  static readonly job = 'day-end-close';

  constructor(private readonly deps: CloseDayDeps) {}

  async execute(input: { readonly now: Date }): Promise<DayCloseCounts> {
    const { unitOfWork, timeZone, pageSize = 200 } = this.deps;
    const today = businessDate(input.now, timeZone);
    const counts = { loansClosedFor: 0, interestAccrued: 0, excessApplied: 0, penalCharged: 0, loansMarkedOverdue: 0, loansCured: 0 };
    const failed: JobFailure[] = [];
    let firstError: unknown;
    let after: string | undefined;
    for (;;) {
      const cursor = after;
      const page = await unitOfWork.run((repos) => repos.loans.listInRepayment(pageSize, cursor));
      for (const loan of page) {
        try {
          const done = await this.closeWithRetry(loan, today);
          counts.loansClosedFor += done.closed ? 1 : 0;
          counts.interestAccrued += done.interestAccrued ? 1 : 0;
          counts.excessApplied += done.excessApplied ? 1 : 0;
          counts.penalCharged += done.penalCharged ? 1 : 0;
          counts.loansMarkedOverdue += done.markedOverdue ? 1 : 0;
          counts.loansCured += done.cured ? 1 : 0;
        } catch (error) {
          failed.push({ brandId: loan.brandId, loanId: loan.loanId, error: failureMessage(error) });
          firstError ??= error;
        }
      }
      if (page.length < pageSize) break;
      after = page.at(-1)?.loanId;
    }
    const result = { businessDate: today, ...counts };
    if (failed.length > 0) throw new DayCloseIncompleteError(result, failed, { cause: firstError });
    return result;
  }

  /** One loan's close; a repayment committed meanwhile makes it read the loan again once. */
  private async closeWithRetry(loan: { readonly brandId: string; readonly loanId: string }, today: LocalDate): Promise<LoanDayClose> {
    const { unitOfWork, clock, ids } = this.deps;
    const once = () => unitOfWork.run((repos) => closeLoanDay(repos, loan, today, clock.now(), ids, this.deps.penal));
    try {
      return await once();
    } catch (error) {
      if (!(error instanceof ConcurrencyConflictError)) throw error;
      return once();
    }
  }
}
