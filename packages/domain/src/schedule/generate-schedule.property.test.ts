import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from '../money/money.js';
import { Rate } from '../money/rate.js';
import { periodicRate } from './emi.js';
import { FREQUENCIES } from './calendar.js';
import { DAY_COUNTS } from './day-count.js';
import { generateSchedule } from './generate-schedule.js';
import type { ScheduleTermsJson } from './schedule-terms.js';

const R2 = { dp: 2, mode: 'HALF_UP' } as const;
const isoDate = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const terms: fc.Arbitrary<ScheduleTermsJson> = fc
  .record({
    principalPaise: fc.integer({ min: 100_00, max: 50_000_000_00 }),
    ratePercent: fc.integer({ min: 0, max: 4000 }).map((bp) => (bp / 100).toFixed(2)),
    method: fc.constantFrom('EMI', 'EQUAL_PRINCIPAL', 'FLAT', 'BULLET' as const),
    frequency: fc.constantFrom(...FREQUENCIES),
    instalments: fc.integer({ min: 1, max: 60 }),
    dayCount: fc.constantFrom(...DAY_COUNTS),
    interestBasis: fc.constantFrom('PERIOD', 'DAILY' as const),
    disbursementDate: isoDate,
    firstDueOffset: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    brokenPeriod: fc.constantFrom('FIRST_INSTALMENT', 'SEPARATE' as const),
    grace: fc.integer({ min: 0, max: 3 }),
    holidays: fc.option(fc.record({ weeklyOff: fc.subarray([0, 6]), move: fc.constantFrom('NEXT', 'PREVIOUS' as const), interest: fc.constantFrom('SHIFTED_DATES', 'ORIGINAL_DATES' as const) }), { nil: undefined }),
    instalmentRounding: fc.constantFrom(R2, { multiple: '1', mode: 'CEILING' as const }, { multiple: '10', mode: 'CEILING' as const }),
  })
  .map((t) => {
    const first = t.firstDueOffset === undefined ? undefined : new Date(Date.parse(`${t.disbursementDate}T00:00:00Z`) + t.firstDueOffset * 86_400_000).toISOString().slice(0, 10);
    const grace = t.method === 'BULLET' ? 0 : Math.min(t.grace, t.instalments - 1);
    return {
      principal: (t.principalPaise / 100).toFixed(2),
      annualRatePercent: t.ratePercent,
      method: t.method,
      frequency: t.frequency,
      instalments: t.instalments,
      dayCount: t.dayCount,
      interestBasis: t.interestBasis,
      disbursementDate: t.disbursementDate,
      ...(first ? { firstDueDate: first } : {}),
      brokenPeriod: t.brokenPeriod,
      graceOnPrincipal: grace,
      graceOnInterest: Math.floor(grace / 2),
      ...(t.holidays && t.frequency !== 'DAILY' ? { holidays: { dates: [], ...t.holidays } } : {}),
      rounding: { instalment: t.instalmentRounding, amounts: R2 },
    } satisfies ScheduleTermsJson;
  });

const m = (s: string) => Money.of(s);

describe('generateSchedule properties', () => {
  it('repays exactly the loan; balances never negative and never rise; each row adds up', () => {
    fc.assert(
      fc.property(terms, (t) => {
        const s = generateSchedule(t);
        expect(Money.sum(s.rows.map((r) => m(r.principal))).equals(m(t.principal))).toBe(true);
        expect(s.rows.at(-1)!.closingBalance).toBe('0.00');
        let previous = m(t.principal);
        for (const r of s.rows) {
          expect(m(r.openingBalance).equals(previous)).toBe(true);
          expect(m(r.closingBalance).isNegative()).toBe(false);
          expect(m(r.closingBalance).greaterThan(m(r.openingBalance))).toBe(false);
          expect(m(r.principal).plus(m(r.interest)).plus(m(r.fees)).equals(m(r.total))).toBe(true);
          expect(m(r.openingBalance).minus(m(r.principal)).equals(m(r.closingBalance))).toBe(true);
          expect(m(r.interest).isNegative() || m(r.principal).isNegative()).toBe(false);
          previous = m(r.closingBalance);
        }
        expect(Money.sum(s.rows.map((r) => m(r.total))).equals(m(s.totals.total))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('due dates strictly increase and days count from the previous due date', () => {
    fc.assert(
      fc.property(terms, (t) => {
        const s = generateSchedule(t);
        let prev = t.disbursementDate;
        for (const r of s.rows) {
          expect(r.dueDate > prev).toBe(true);
          expect(r.days).toBe((Date.parse(r.dueDate) - Date.parse(prev)) / 86_400_000);
          prev = r.dueDate;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('EMI rows are equal but for the last (per-period interest, no broken period, grace or holiday)', () => {
    const plainEmi = terms.map((t) => {
      const { firstDueDate: _f, holidays: _h, ...rest } = t;
      return { ...rest, method: 'EMI' as const, interestBasis: 'PERIOD' as const, graceOnPrincipal: 0, graceOnInterest: 0 };
    });
    fc.assert(
      fc.property(plainEmi, (t) => {
        const s = generateSchedule(t);
        const totals = s.rows.slice(0, -1).filter((r) => !m(r.openingBalance).isZero()).map((r) => r.total);
        for (const total of totals) {
          // A rounded-up EMI can repay the loan early; any row that still has a balance pays the full EMI.
          expect(total === s.instalmentAmount || m(total).lessThan(m(s.instalmentAmount!))).toBe(true);
        }
        const full = totals.filter((x) => x === s.instalmentAmount);
        expect(full.length).toBeGreaterThanOrEqual(totals.length - 1);
        // Rounding drift (under a paisa a row, compounding at the periodic rate) is all the last instalment differs by.
        const r = periodicRate(Rate.percent(t.annualRatePercent), t.frequency, t.dayCount);
        const fvFactor = r.isZero() ? r.plus(t.instalments) : r.plus(1).pow(t.instalments).minus(1).div(r);
        const drift = m(s.rows.at(-1)!.total).minus(m(s.instalmentAmount!)).amount.abs();
        const step = 'multiple' in t.rounding.instalment ? m(t.rounding.instalment.multiple) : m('0.01');
        expect(drift.lte(fvFactor.mul(step.plus(m('0.01')).amount))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
