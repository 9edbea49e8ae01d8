import { type Money, type Result, err, ok } from '@los/domain';
import type { Clock } from '../../ports/clock.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { BrandAccessError } from '../decisioning/brand-access.js';
import { businessDate } from '../loans/business-date.js';
import { type LoanReader, loadLoanFor } from './loan-access.js';
import { readLoanBooks } from './loan-books.js';

/** A disbursed loan's repayment schedule as the ledger shows it today; money as decimal strings. */
export interface LoanScheduleView {
  readonly loanId: string;
  readonly status: string;
  readonly asOf: string;
  readonly currency: string;
  readonly disbursedOn: string;
  readonly netDisbursed: string;
  readonly outstanding: string;
  readonly dueNow: string;
  readonly excessHeld: string;
  readonly daysPastDue: number;
  readonly nextDue: { readonly dueDate: string; readonly amount: string } | null;
  readonly instalments: readonly { readonly number: number; readonly dueDate: string; readonly principal: string; readonly interest: string; readonly amount: string; readonly paid: string; readonly status: string }[];
}

/** The schedule of a disbursed loan with each instalment's paid status, derived from the ledger. */
export class GetLoanSchedule {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly clock: Clock; readonly timeZone: string }) {}

  execute(input: LoanReader): Promise<Result<LoanScheduleView, BrandAccessError | { readonly code: 'LOAN_NOT_FOUND' } | { readonly code: 'LOAN_NOT_DISBURSED' }>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const found = await loadLoanFor(repos, input, 'loan-list');
      if (!found.ok) return found;
      const loan = found.value;
      const books = await readLoanBooks(repos, loan.brandId, loan.id, businessDate(this.deps.clock.now(), this.deps.timeZone));
      if (!books) return err({ code: 'LOAN_NOT_DISBURSED' as const });
      const { schedule, position } = books;
      const c = schedule.currency;
      const fix = (m: Money) => m.toFixed();
      const dueNow = Object.values(position.dues).reduce((a, b) => a.plus(b));
      return ok({
        loanId: loan.id,
        status: loan.status,
        asOf: position.asOf,
        currency: c,
        disbursedOn: schedule.disbursementDate,
        netDisbursed: schedule.netDisbursed,
        outstanding: fix(position.owed),
        dueNow: fix(dueNow),
        excessHeld: fix(position.balances.excess),
        daysPastDue: position.daysPastDue,
        nextDue: position.nextDue ? { dueDate: position.nextDue.dueDate, amount: fix(position.nextDue.amount) } : null,
        instalments: position.instalments.map((i, n) => ({
          number: i.number,
          dueDate: i.dueDate,
          principal: schedule.rows[n]!.principal,
          interest: schedule.rows[n]!.interest,
          amount: fix(i.amount),
          paid: fix(i.paid),
          status: i.status,
        })),
      });
    });
  }
}
