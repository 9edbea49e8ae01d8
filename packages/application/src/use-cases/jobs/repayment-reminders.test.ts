import { type JournalEntry, Money, Rate, daysBetween, disbursalFromSchedule, generateSchedule, localDate, loanPosition, plusDays, postDisbursal, postRepayment, quoteTerms } from '@los/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_POLICY, remindersDue } from './repayment-reminders.js';

const product = {
  id: 'p', brandId: 'b', code: 'pl', name: 'PL', currency: 'INR', minAmount: Money.of('10000'), maxAmount: Money.of('500000'),
  tenureUnit: 'MONTH', allowedTenures: [6], annualRate: Rate.percent('18'), processingFee: { kind: 'FLAT', amount: Money.of('500') }, active: true,
} as const;
const disbursedOn = localDate('2026-01-05');
const schedule = generateSchedule(quoteTerms(product, Money.of('60000'), 6, disbursedOn));
const header = (n: number, on: string) => ({ id: `je-${n}`, brandId: 'b', loanId: 'L', businessDate: localDate(on) });

describe('remindersDue', () => {
  it('property: at most one overdue and one coming reminder, at the highest milestone reached, for what is really owed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 7_000_000 }), fc.integer({ min: 1, max: 150 }), (payDay, paise, day) => {
        const entries: JournalEntry[] = [postDisbursal(header(0, disbursedOn), disbursalFromSchedule(schedule))];
        const payOn = plusDays(disbursedOn, payDay);
        if (paise > 0) {
          const p = loanPosition(schedule, entries, payOn);
          entries.push(postRepayment(header(1, payOn), { payment: Money.fromMinor(paise), balances: p.balances, dues: p.dues }).entry);
        }
        const today = plusDays(disbursedOn, Math.max(day, payDay));
        const position = loanPosition(schedule, entries, today);
        const due = remindersDue(position, today, DEFAULT_REMINDER_POLICY);
        const overdue = due.filter((d) => d.kind.startsWith('OVERDUE_'));
        const coming = due.filter((d) => !d.kind.startsWith('OVERDUE_'));
        expect(overdue.length).toBeLessThanOrEqual(1);
        expect(coming.length).toBeLessThanOrEqual(1);
        for (const d of due) expect(d.amount.isPositive()).toBe(true);
        if (overdue[0]) {
          const milestone = Number(overdue[0].kind.slice('OVERDUE_'.length));
          expect(milestone).toBeLessThanOrEqual(position.daysPastDue);
          expect(DEFAULT_REMINDER_POLICY.overdueDays.filter((m) => m > milestone && m <= position.daysPastDue)).toEqual([]);
        } else {
          expect(position.daysPastDue).toBe(0);
        }
        for (const d of coming) {
          const ahead = daysBetween(today, d.dueDate);
          expect(d.kind === 'DUE_TODAY' ? ahead === 0 : ahead > 0 && ahead <= DEFAULT_REMINDER_POLICY.daysBefore).toBe(true);
          expect(position.balances.excess.lessThan(d.amount)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
