import { type LocalDate, Money, Rate, daysBetween, loanPosition, plusDays } from '@los/domain';
import { afterEach, describe, expect, it } from 'vitest';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { CloseDay, DayCloseIncompleteError } from '../../use-cases/jobs/close-day.js';
import { JobIncompleteError } from '../../use-cases/jobs/scheduled-job.js';
import type { PenalLevy } from '../../use-cases/jobs/close-loan-day.js';
import { FixedClock } from '../fakes/fixed-clock.js';
import { SequentialIdGenerator } from '../fakes/sequential-id-generator.js';
import { type SeededLoan, seedDisbursedLoan, seedRepayment, withCorruptSchedule } from './seed-disbursed-loan.js';

/**
 * How a lifecycle store joins the day-end close run; `create` gives each test an empty store of its own,
 * because the close walks every loan in it.
 * @example describeDayEndCloseContract({ name: 'in-memory', create: async () => ({ unitOfWork }) })
 */
export interface DayEndCloseContractOptions {
  readonly name: string;
  readonly create: () => Promise<{ readonly unitOfWork: LifecycleUnitOfWork; close?(): Promise<void> }>;
  readonly skip?: string;
}

const TZ = 'Asia/Kolkata';
/** 23:30 in Kolkata on the business date. */
const closeAt = (date: LocalDate) => new Date(`${date}T18:00:00Z`);

/**
 * The day-end close over a real store: interest accrued once on the due date, overdue marking and cure,
 * excess applied to dues, and a close that stopped half way finished by a re-run without posting twice.
 */
export function describeDayEndCloseContract(options: DayEndCloseContractOptions): void {
  describe.skipIf(options.skip !== undefined)(`day-end close: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const closers: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const close of closers.splice(0)) await close();
    });

    async function book(penal?: PenalLevy) {
      const created = await options.create();
      if (created.close) closers.push(created.close.bind(created));
      const { unitOfWork } = created;
      const clock = new FixedClock();
      const ids = new SequentialIdGenerator(0xc105);
      const closeDay = (uow: LifecycleUnitOfWork = unitOfWork, pageSize = 200) => new CloseDay({ unitOfWork: uow, clock, ids, timeZone: TZ, pageSize, ...(penal ? { penal } : {}) });
      const run = (on: LocalDate, uow?: LifecycleUnitOfWork, pageSize?: number) => {
        clock.set(closeAt(on));
        return closeDay(uow, pageSize).execute({ now: clock.now() });
      };
      const state = (loan: SeededLoan, on: LocalDate) =>
        unitOfWork.run(async (repos) => {
          const entries = await repos.ledger.entriesOfLoan(loan.brandId, loan.loanId);
          const found = await repos.loans.findById(loan.brandId, loan.loanId);
          return { entries, position: loanPosition(loan.schedule, entries, on), loan: found!.toSnapshot() };
        });
      return { unitOfWork, run, state };
    }

    it('accrues an instalment’s interest once, on its due date, and never again that day', async () => {
      const { unitOfWork, run, state } = await book();
      const loan = await seedDisbursedLoan(unitOfWork, { disbursedOn: '2026-01-05' as LocalDate });
      const due = loan.schedule.rows[0]!.dueDate as LocalDate;
      const eve = plusDays(due, -1);
      expect(await run(eve)).toEqual({ businessDate: eve, loansClosedFor: 1, interestAccrued: 0, excessApplied: 0, penalCharged: 0, loansMarkedOverdue: 0, loansCured: 0 });
      expect(await run(due)).toMatchObject({ businessDate: due, loansClosedFor: 1, interestAccrued: 1, loansMarkedOverdue: 0 });
      expect(await run(due)).toMatchObject({ interestAccrued: 0, loansMarkedOverdue: 0 });
      const { entries, position, loan: snapshot } = await state(loan, due);
      const accruals = entries.filter((e) => e.kind === 'INTEREST_ACCRUAL');
      expect(accruals.map((e) => [e.businessDate, e.total().toFixed()])).toEqual([[due, loan.schedule.rows[0]!.interest]]);
      expect(position.interestToAccrue.isZero()).toBe(true);
      expect(snapshot.status).toBe('ACTIVE');
    });

    it('marks a loan overdue the day after an unpaid due date, ages it, and cures it once paid', async () => {
      const { unitOfWork, run, state } = await book();
      const loan = await seedDisbursedLoan(unitOfWork, { disbursedOn: '2026-01-05' as LocalDate });
      const row = loan.schedule.rows[0]!;
      const due = row.dueDate as LocalDate;
      const plus = (n: number) => plusDays(due, n);
      await run(due);
      expect(await run(plus(1))).toMatchObject({ loansMarkedOverdue: 1, loansCured: 0 });
      expect((await state(loan, plus(1))).loan).toMatchObject({ status: 'OVERDUE', daysPastDue: 1 });
      expect(await run(plus(5))).toMatchObject({ loansMarkedOverdue: 0, loansCured: 0 });
      expect((await state(loan, plus(5))).loan).toMatchObject({ status: 'OVERDUE', daysPastDue: daysBetween(due, plus(5)) });
      await seedRepayment(unitOfWork, loan, row.total, plus(6));
      expect(await run(plus(6))).toMatchObject({ loansMarkedOverdue: 0, loansCured: 1 });
      expect((await state(loan, plus(6))).loan).toMatchObject({ status: 'ACTIVE', daysPastDue: 0 });
    });

    it('meets a due instalment from the excess held, leaving the rest held, so the loan never falls overdue', async () => {
      const { unitOfWork, run, state } = await book();
      const loan = await seedDisbursedLoan(unitOfWork, { disbursedOn: '2026-01-05' as LocalDate });
      const row = loan.schedule.rows[0]!;
      const due = row.dueDate as LocalDate;
      await seedRepayment(unitOfWork, loan, Money.of(row.total).plus(Money.of('100')).toFixed(), '2026-01-10' as LocalDate);
      expect(await run(due)).toMatchObject({ interestAccrued: 1, excessApplied: 1, loansMarkedOverdue: 0 });
      expect(await run(due)).toMatchObject({ interestAccrued: 0, excessApplied: 0 });
      const { position, loan: snapshot } = await state(loan, due);
      expect(position.instalments[0]?.status).toBe('PAID');
      expect(position.balances.excess.toFixed()).toBe('100.00');
      expect(snapshot.status).toBe('ACTIVE');
    });

    it('levies one day’s penal charge per business date past the grace days, on the overdue principal and interest only', async () => {
      // 0.1% a day with 18% GST, three days' grace.
      const { unitOfWork, run, state } = await book({ policy: { kind: 'PERCENT', rate: Rate.percent('0.1'), per: 'DAY' }, graceDays: 3, gstRate: Rate.percent('18'), rounding: { dp: 2, mode: 'HALF_UP' } });
      const loan = await seedDisbursedLoan(unitOfWork, { disbursedOn: '2026-01-05' as LocalDate });
      const row = loan.schedule.rows[0]!;
      const due = row.dueDate as LocalDate;
      for (const d of [0, 1, 2, 3]) expect(await run(plusDays(due, d))).toMatchObject({ penalCharged: 0 });
      expect(await run(plusDays(due, 4))).toMatchObject({ penalCharged: 1 });
      expect(await run(plusDays(due, 4))).toMatchObject({ penalCharged: 0 });
      expect(await run(plusDays(due, 5))).toMatchObject({ penalCharged: 1 });
      const { entries, position } = await state(loan, plusDays(due, 5));
      const penal = entries.filter((e) => e.kind === 'PENAL_CHARGE');
      // The overdue instalment is its principal and interest; a day's charge is 0.1% of it, plus GST on that.
      const charge = Money.of(row.total).times(Rate.percent('0.1').value).round({ dp: 2, mode: 'HALF_UP' });
      const total = charge.plus(charge.times(Rate.percent('18').value).round({ dp: 2, mode: 'HALF_UP' }));
      expect(penal.map((e) => [e.businessDate, e.total().toFixed()])).toEqual([
        [plusDays(due, 4), total.toFixed()],
        [plusDays(due, 5), total.toFixed()],
      ]);
      expect(position.dues.PENAL.toFixed()).toBe(total.plus(total).toFixed());
    });

    it('resumes a close that stopped half way: finished loans stay done, the rest are closed, nothing is posted twice', async () => {
      const { unitOfWork, run, state } = await book();
      const loans: SeededLoan[] = [];
      for (let i = 0; i < 5; i++) loans.push(await seedDisbursedLoan(unitOfWork, { disbursedOn: '2026-01-05' as LocalDate }));
      const due = loans[0]!.schedule.rows[0]!.dueDate as LocalDate;
      // The process "dies" after its first three transactions (one page listing, two loans): nothing after commits.
      let transactions = 0;
      const crashing: LifecycleUnitOfWork = {
        run: (work) => (++transactions > 3 ? Promise.reject(new Error('worker killed')) : unitOfWork.run(work)),
      };
      await expect(run(due, crashing, 2)).rejects.toThrow();
      const accrualsOf = async () => Promise.all(loans.map(async (l) => (await state(l, due)).entries.filter((e) => e.kind === 'INTEREST_ACCRUAL').length));
      expect((await accrualsOf()).sort()).toEqual([0, 0, 0, 1, 1]);
      expect(await run(due, unitOfWork, 2)).toMatchObject({ loansClosedFor: 5, interestAccrued: 3 });
      expect(await accrualsOf()).toEqual([1, 1, 1, 1, 1]);
      expect(await run(due, unitOfWork, 2)).toMatchObject({ loansClosedFor: 5, interestAccrued: 0 });
    });

    it('closes the other loans when one fails, then reports the run incomplete', async () => {
      const { unitOfWork, run } = await book();
      const loans = [await seedDisbursedLoan(unitOfWork, { disbursedOn: '2026-01-05' as LocalDate }), await seedDisbursedLoan(unitOfWork, { disbursedOn: '2026-01-05' as LocalDate })];
      const due = loans[0]!.schedule.rows[0]!.dueDate as LocalDate;
      const broken = loans[0]!.loanId;
      const failing = withCorruptSchedule(unitOfWork, broken);
      const failure = await run(due, failing).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(DayCloseIncompleteError);
      expect(failure).toMatchObject({ failedLoanIds: [broken], counts: { loansClosedFor: 1, interestAccrued: 1 } });
      // The job run records it failed with the other loan's counts, naming the loan and its brand.
      expect(failure).toBeInstanceOf(JobIncompleteError);
      expect(failure).toMatchObject({ failures: [{ brandId: loans[0]!.brandId, loanId: broken, error: 'Error: corrupt schedule' }] });
      expect((failure as JobIncompleteError).counts).not.toHaveProperty('businessDate');
    });
  });
}
