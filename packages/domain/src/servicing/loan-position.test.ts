import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntryHeader, JournalEntry } from '../ledger/journal-entry.js';
import { postDisbursal } from '../ledger/post-disbursal.js';
import { postInterestAccrual } from '../ledger/post-interest-accrual.js';
import { postExcessApplied } from '../ledger/post-excess-applied.js';
import { postRepayment } from '../ledger/post-repayment.js';
import { disbursalFromSchedule } from '../ledger/disbursal-from-schedule.js';
import { trialBalance } from '../ledger/trial-balance.js';
import { type LocalDate, localDate } from '../local-date.js';
import { Money } from '../money/money.js';
import { daysBetween, plusDays } from '../schedule/calendar.js';
import { generateSchedule } from '../schedule/generate-schedule.js';
import type { ScheduleJson } from '../schedule/schedule-json.js';
import { loanPosition } from './loan-position.js';

const R2 = { dp: 2, mode: 'HALF_UP' } as const;
function scheduleOf(principal: string, instalments: number): ScheduleJson {
  return generateSchedule({
    principal, annualRatePercent: '24', method: 'EMI', frequency: 'MONTHLY', instalments, dayCount: '30/360', interestBasis: 'PERIOD',
    disbursementDate: '2026-01-10', rounding: { instalment: R2, amounts: R2 },
    fees: { processingFee: { kind: 'PERCENT', percent: '2' }, processingFeeCollection: 'DEDUCTED', gstPercent: '18' },
  });
}

/** A loan's ledger, with the servicing cycle the application runs: accrue what fell due, then apply a payment. */
class Book {
  entries: JournalEntry[] = [];
  private n = 0;
  constructor(readonly schedule: ScheduleJson) {
    this.entries.push(postDisbursal(this.header(localDate(schedule.disbursementDate)), disbursalFromSchedule(schedule)));
  }
  header(on: LocalDate): EntryHeader {
    return { id: `je-${(this.n += 1)}`, brandId: 'b1', loanId: 'l1', businessDate: on };
  }
  accrue(on: LocalDate) {
    const p = loanPosition(this.schedule, this.entries, on);
    if (p.interestToAccrue.isPositive()) this.entries.push(postInterestAccrual(this.header(on), p.interestToAccrue));
    return loanPosition(this.schedule, this.entries, on);
  }
  pay(on: LocalDate, amount: Money) {
    const p = this.accrue(on);
    const { entry, allocation } = postRepayment(this.header(on), { payment: amount, balances: p.balances, dues: p.dues });
    this.entries.push(entry);
    return allocation;
  }
}

describe('loanPosition', () => {
  const schedule = scheduleOf('100000', 6);
  const due = (i: number) => schedule.rows[i]!.dueDate as LocalDate;
  const emi = Money.of(schedule.rows[0]!.total);

  it('owes nothing before the first due date beyond the principal, and accrues each instalment\'s interest on its due date', () => {
    const book = new Book(schedule);
    const before = loanPosition(schedule, book.entries, plusDays(due(0), -1));
    expect(before.dues.INTEREST.isZero() && before.dues.PRINCIPAL.isZero()).toBe(true);
    expect(before.owed.toFixed()).toBe('100000.00');
    expect(before.nextDue).toEqual({ dueDate: due(0), amount: emi });
    const on = loanPosition(schedule, book.entries, due(0));
    expect(on.interestToAccrue.toFixed()).toBe(schedule.rows[0]!.interest);
    expect(on.dues.PRINCIPAL.toFixed()).toBe(schedule.rows[0]!.principal);
    expect(on.instalments[0]!.status).toBe('DUE');
    expect(on.daysPastDue).toBe(0);
  });

  it('counts days past due from the oldest unpaid instalment and clears them when the arrears are paid', () => {
    const book = new Book(schedule);
    const late = book.accrue(plusDays(due(1), 5));
    expect(late.daysPastDue).toBe(daysBetween(due(0), plusDays(due(1), 5)));
    expect(late.instalments.slice(0, 2).map((i) => i.status)).toEqual(['OVERDUE', 'OVERDUE']);
    const allocation = book.pay(plusDays(due(1), 5), emi.times('2'));
    expect(allocation.excess.isZero()).toBe(true);
    const after = loanPosition(schedule, book.entries, plusDays(due(1), 5));
    expect(after.daysPastDue).toBe(0);
    expect(after.instalments.slice(0, 3).map((i) => i.status)).toEqual(['PAID', 'PAID', 'UPCOMING']);
  });

  it('holds an early payment as excess instead of prepaying principal', () => {
    const book = new Book(schedule);
    const allocation = book.pay(plusDays(due(0), -3), emi);
    expect(allocation.excess.equals(emi)).toBe(true);
    expect(loanPosition(schedule, book.entries, plusDays(due(0), -3)).balances.excess.equals(emi)).toBe(true);
  });

  it('property: paying any amounts on any dates keeps the books balanced, nothing negative, and instalments paid oldest first', () => {
    const step = fc.record({ days: fc.integer({ min: 0, max: 45 }), paise: fc.integer({ min: 1, max: 6_000_000 }) });
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 50_000_000 }), fc.integer({ min: 1, max: 12 }), fc.array(step, { maxLength: 15 }), (principalPaise, n, steps) => {
        const s = scheduleOf(Money.fromMinor(principalPaise).toFixed(), n);
        const book = new Book(s);
        let on = localDate(s.disbursementDate);
        let paid = Money.zero();
        for (const st of steps) {
          on = plusDays(on, st.days);
          paid = paid.plus(Money.fromMinor(st.paise));
          book.pay(on, Money.fromMinor(st.paise));
          const p = loanPosition(s, book.entries, on);
          const b = p.balances;
          for (const m of [b.principal, b.interest, b.fees, b.penal, b.excess, p.owed, ...Object.values(p.dues)]) expect(m.isNegative()).toBe(false);
          // Paid-in money is either applied to receivables or held as excess.
          const applied = Money.of(s.principal).minus(b.principal).plus(Money.sum(book.entries.filter((e) => e.kind === 'INTEREST_ACCRUAL').map((e) => e.total()))).minus(b.interest);
          expect(applied.plus(b.excess).equals(paid)).toBe(true);
          const statuses = p.instalments.map((i) => i.status === 'PAID');
          expect(statuses.indexOf(false) === -1 || statuses.slice(statuses.indexOf(false)).every((x) => !x)).toBe(true);
          expect(p.daysPastDue).toBeGreaterThanOrEqual(0);
        }
        const [totals] = trialBalance(book.entries);
        expect(totals!.debits.equals(totals!.credits)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('postExcessApplied', () => {
  it('property: uses no more excess than is due, balances, and leaves nothing negative', () => {
    const s = scheduleOf('60000', 6);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_000_000 }), fc.integer({ min: 0, max: 120 }), (advancePaise, days) => {
        const book = new Book(s);
        const early = plusDays(localDate(s.disbursementDate), 1);
        book.pay(early, Money.fromMinor(advancePaise));
        const on = plusDays(early, days);
        const before = book.accrue(on);
        const applied = postExcessApplied(book.header(on), { balances: before.balances, dues: before.dues });
        if (!applied) {
          expect(before.balances.excess.isZero() || Object.values(before.dues).every((d) => d.isZero())).toBe(true);
          return;
        }
        book.entries.push(applied.entry);
        const after = loanPosition(s, book.entries, on);
        const b = after.balances;
        for (const m of [b.principal, b.interest, b.excess]) expect(m.isNegative()).toBe(false);
        const used = before.balances.excess.minus(b.excess);
        expect(used.equals(Money.sum(Object.values(before.dues)).min(before.balances.excess))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
