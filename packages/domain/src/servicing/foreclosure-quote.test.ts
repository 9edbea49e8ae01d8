import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from '../money/money.js';
import { Rate } from '../money/rate.js';
import { generateSchedule } from '../schedule/generate-schedule.js';
import type { ScheduleTermsJson } from '../schedule/schedule-terms.js';
import { foreclosureQuote } from './foreclosure-quote.js';
import { restructure } from './restructure.js';

const R2 = { dp: 2, mode: 'HALF_UP' } as const;
const terms: ScheduleTermsJson = {
  principal: '100000',
  annualRatePercent: '12',
  method: 'EMI',
  frequency: 'MONTHLY',
  instalments: 12,
  dayCount: 'ACT/365',
  interestBasis: 'DAILY',
  disbursementDate: '2024-01-05',
  rounding: { instalment: R2, amounts: R2 },
};
const schedule = generateSchedule(terms);
const quoteArgs = { chargeRate: Rate.percent('3'), gstRate: Rate.percent('18'), rounding: R2 };

describe('foreclosureQuote', () => {
  it('adds interest accrued since the last due date, charges with GST, arrears, and nets off the excess', () => {
    const q = foreclosureQuote({ schedule, asOf: '2024-03-15', arrears: Money.of('250'), excessHeld: Money.of('100'), ...quoteArgs });
    const outstanding = Money.of(schedule.rows[1]!.closingBalance);
    expect(q.outstandingPrincipal).toBe(outstanding.toFixed());
    // 10 days (5 → 15 March) at 12% ACT/365.
    expect(q.accruedInterest).toBe(outstanding.times('0.12').times('10').dividedBy('365').round(R2).toFixed());
    const charge = outstanding.times('0.03').round(R2);
    const gst = charge.times('0.18').round(R2);
    expect([q.foreclosureCharge, q.gstOnCharge]).toEqual([charge.toFixed(), gst.toFixed()]);
    const total = outstanding.plus(Money.of(q.accruedInterest)).plus(Money.of('250')).plus(charge).plus(gst).minus(Money.of('100'));
    expect(q.totalPayable).toBe(total.toFixed());
  });

  it('on any due date equals the scheduled closing balance plus charges', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: schedule.rows.length - 1 }), fc.integer({ min: 0, max: 500 }), (i, chargeBp) => {
        const row = schedule.rows[i]!;
        const rate = Rate.percent((chargeBp / 100).toFixed(2));
        const q = foreclosureQuote({ schedule, asOf: row.dueDate, ...quoteArgs, chargeRate: rate });
        const closing = Money.of(row.closingBalance);
        const charge = closing.times(rate.value).round(R2);
        expect(q.accruedInterest).toBe('0.00');
        expect(q.totalPayable).toBe(closing.plus(charge).plus(charge.times('0.18').round(R2)).toFixed());
      }),
    );
  });

  it('refuses a date before disbursement', () => {
    expect(() => foreclosureQuote({ schedule, asOf: '2023-12-31', ...quoteArgs })).toThrow(/asOf/);
  });
});

describe('restructure', () => {
  it('re-amortises the outstanding principal from the next due date at a new rate and tenure', () => {
    const r = restructure({ schedule, asOf: '2024-04-10', newAnnualRatePercent: '10', newInstalments: 18, rounding: { instalment: R2, amounts: R2 } });
    expect(r.principal).toBe(schedule.rows[2]!.closingBalance);
    expect(r.disbursementDate).toBe('2024-04-05');
    expect(r.rows[0]!.dueDate).toBe('2024-05-05');
    expect(r.rows).toHaveLength(18);
    expect(r.annualRatePercent).toBe('10');
    expect(r.totals.principal).toBe(schedule.rows[2]!.closingBalance);
  });

  it('keeps the remaining tenure and rate by default', () => {
    const r = restructure({ schedule, asOf: '2024-06-05', rounding: { instalment: R2, amounts: R2 } });
    expect(r.rows).toHaveLength(7);
    expect(r.rows.map((x) => x.dueDate)).toEqual(schedule.rows.slice(5).map((x) => x.dueDate));
    expect(() => restructure({ schedule, asOf: '2025-01-05', rounding: { instalment: R2, amounts: R2 } })).toThrow(/outstanding/);
  });
});
