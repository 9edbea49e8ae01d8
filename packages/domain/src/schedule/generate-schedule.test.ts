import { describe, expect, it } from 'vitest';
import { DomainInvariantError } from '../errors.js';
import { Money } from '../money/money.js';
import { generateSchedule } from './generate-schedule.js';
import type { ScheduleTermsJson } from './schedule-terms.js';

const R2 = { dp: 2, mode: 'HALF_UP' } as const;
const base: ScheduleTermsJson = {
  principal: '100000',
  annualRatePercent: '12',
  method: 'EMI',
  frequency: 'MONTHLY',
  instalments: 12,
  dayCount: '30/360',
  interestBasis: 'PERIOD',
  disbursementDate: '2024-01-05',
  rounding: { instalment: R2, amounts: R2 },
};
const col = (s: ReturnType<typeof generateSchedule>, k: 'principal' | 'interest' | 'total' | 'dueDate' | 'closingBalance') => s.rows.map((r) => r[k]);

describe('generateSchedule: reference schedules', () => {
  it('reproduces Apache Fineract’s 360/30 EMI schedule: 100 at 7% over 6 months', () => {
    // Source: apache/fineract fineract-e2e-tests-runner feature "LoanChargeback - Part3", scenario C3448
    // (product LP2_ADV_PYMNT_INTEREST_DAILY_INTEREST_RECALC_EMI_360_30…): the expected repayment schedule table.
    const s = generateSchedule({ ...base, principal: '100', currency: 'EUR', annualRatePercent: '7', instalments: 6, disbursementDate: '2024-01-01' });
    expect(col(s, 'principal')).toEqual(['16.43', '16.52', '16.62', '16.72', '16.81', '16.90']);
    expect(col(s, 'interest')).toEqual(['0.58', '0.49', '0.39', '0.29', '0.20', '0.10']);
    expect(col(s, 'total')).toEqual(['17.01', '17.01', '17.01', '17.01', '17.01', '17.00']);
    expect(col(s, 'closingBalance')).toEqual(['83.57', '67.05', '50.43', '33.71', '16.90', '0.00']);
    expect(s.rows.map((r) => r.days)).toEqual([31, 29, 31, 30, 31, 30]);
    expect(s.totals).toEqual({ principal: '100.00', interest: '2.05', fees: '0.00', total: '102.05' });
  });

  it('matches spreadsheet IPMT and PPMT for the first instalment', () => {
    // Source: Microsoft Support "IPMT function": =IPMT(10%/12, 1, 3*12, 8000) → ($66.67).
    const ipmt = generateSchedule({ ...base, principal: '8000', annualRatePercent: '10', instalments: 36 });
    expect(ipmt.rows[0]!.interest).toBe('66.67');
    // Source: Microsoft Support "PPMT function": =PPMT(10%/12, 1, 2*12, 2000) → ($75.62).
    const ppmt = generateSchedule({ ...base, principal: '2000', annualRatePercent: '10', instalments: 24 });
    expect(ppmt.rows[0]!.principal).toBe('75.62');
  });
});

describe('generateSchedule: behaviour', () => {
  it('charges broken-period interest in the first instalment or separately, deducted from the disbursal', () => {
    // 15 Jan → 5 Feb is 20 days (30/360) before the first regular period 5 Feb → 5 Mar: 100000 × 12% × 20/360.
    const inFirst = generateSchedule({ ...base, disbursementDate: '2024-01-15', firstDueDate: '2024-03-05' });
    expect(inFirst.rows[0]!.interest).toBe('1666.67');
    expect(inFirst.rows[0]!.total).toBe('9551.55');
    expect(inFirst.rows[1]!.total).toBe(inFirst.instalmentAmount);
    const separate = generateSchedule({ ...base, disbursementDate: '2024-01-15', firstDueDate: '2024-03-05', brokenPeriod: 'SEPARATE' });
    expect(separate.brokenPeriodInterest).toBe('666.67');
    expect(separate.netDisbursed).toBe('99333.33');
    expect(separate.rows[0]!.interest).toBe('1000.00');
  });

  it('takes interest for the actual days of a short first period', () => {
    const s = generateSchedule({ ...base, interestBasis: 'DAILY', dayCount: 'ACT/365', disbursementDate: '2024-01-20', firstDueDate: '2024-02-05' });
    // 16 days: 100000 × 12% × 16/365 = 526.03
    expect(s.rows[0]!.days).toBe(16);
    expect(s.rows[0]!.interest).toBe('526.03');
  });

  it('moves due dates off holidays and weekly offs; interest follows the moved date only when configured', () => {
    // 2024-03-05 is a Tuesday (a holiday here); 2024-05-05 is a Sunday.
    const holidays = { dates: ['2024-03-05'], weeklyOff: [0], move: 'NEXT' as const };
    const kept = generateSchedule({ ...base, interestBasis: 'DAILY', dayCount: 'ACT/365', holidays: { ...holidays, interest: 'ORIGINAL_DATES' } });
    const shifted = generateSchedule({ ...base, interestBasis: 'DAILY', dayCount: 'ACT/365', holidays: { ...holidays, interest: 'SHIFTED_DATES' } });
    expect(col(kept, 'dueDate').slice(0, 4)).toEqual(['2024-02-05', '2024-03-06', '2024-04-05', '2024-05-06']);
    expect(col(shifted, 'dueDate')).toEqual(col(kept, 'dueDate'));
    expect(kept.rows[1]!.interest).not.toBe(shifted.rows[1]!.interest);
    const back = generateSchedule({ ...base, holidays: { ...holidays, move: 'PREVIOUS', interest: 'ORIGINAL_DATES' } });
    expect(back.rows[1]!.dueDate).toBe('2024-03-04');
    expect(back.rows[3]!.dueDate).toBe('2024-05-04');
  });

  it('applies principal and interest grace (interest deferred to the first instalment after it)', () => {
    const s = generateSchedule({ ...base, graceOnPrincipal: 3, graceOnInterest: 2 });
    expect(col(s, 'principal').slice(0, 3)).toEqual(['0.00', '0.00', '0.00']);
    expect(col(s, 'interest').slice(0, 3)).toEqual(['0.00', '0.00', '3000.00']);
    expect(s.rows[3]!.total).toBe(s.instalmentAmount);
    expect(s.totals.principal).toBe('100000.00');
  });

  it('computes equal principal, flat and bullet schedules', () => {
    const ep = generateSchedule({ ...base, method: 'EQUAL_PRINCIPAL', principal: '1000', instalments: 3 });
    expect(col(ep, 'principal')).toEqual(['333.33', '333.33', '333.34']);
    expect(col(ep, 'interest')).toEqual(['10.00', '6.67', '3.33']);
    const flat = generateSchedule({ ...base, method: 'FLAT', principal: '1000', instalments: 3 });
    // 1000 × 12% × 3/12 = 30 interest, 10 a month.
    expect(col(flat, 'interest')).toEqual(['10.00', '10.00', '10.00']);
    expect(col(flat, 'total')).toEqual(['343.33', '343.33', '343.34']);
    const bullet = generateSchedule({ ...base, method: 'BULLET', principal: '10000', annualRatePercent: '365', frequency: 'DAILY', instalments: 30, dayCount: 'ACT/365', interestBasis: 'DAILY', disbursementDate: '2024-01-31' });
    // 1% a day for 30 days.
    expect(bullet.rows).toHaveLength(1);
    expect(bullet.rows[0]).toMatchObject({ dueDate: '2024-03-01', days: 30, principal: '10000.00', interest: '3000.00', total: '13000.00' });
  });

  it('computes fees with min/max and GST, by how they are collected', () => {
    const s = generateSchedule({
      ...base,
      fees: {
        processingFee: { kind: 'PERCENT', percent: '2', max: '1500' },
        gstPercent: '18',
        charges: [
          { name: 'Insurance', amount: '600', gst: false, collection: 'UPFRONT' },
          { name: 'Documentation', amount: '100', gst: true, collection: 'FIRST_INSTALMENT' },
        ],
      },
    });
    expect(s.charges.map((c) => [c.name, c.amount, c.gst, c.total])).toEqual([
      ['Processing fee', '1500.00', '270.00', '1770.00'],
      ['Insurance', '600.00', '0.00', '600.00'],
      ['Documentation', '100.00', '18.00', '118.00'],
    ]);
    expect(s.netDisbursed).toBe('98230.00');
    expect(s.collectedUpfront).toBe('600.00');
    expect(s.rows[0]!.fees).toBe('118.00');
    expect(s.totals.fees).toBe('118.00');
  });

  it('rounds the EMI up to ten rupees and lets the last instalment absorb the difference', () => {
    const s = generateSchedule({ ...base, rounding: { instalment: { multiple: '10', mode: 'CEILING' }, amounts: R2 } });
    expect(s.instalmentAmount).toBe('8890.00');
    expect(col(s, 'total').slice(0, 11).every((t) => t === '8890.00')).toBe(true);
    expect(Money.of(s.rows[11]!.total).lessThan(Money.of('8890'))).toBe(true);
    expect(s.totals.principal).toBe('100000.00');
  });

  it('rejects bad inputs with a code naming the field', () => {
    const code = (terms: unknown) => {
      try {
        generateSchedule(terms as ScheduleTermsJson);
      } catch (e) {
        return e instanceof DomainInvariantError ? e.code : 'OTHER';
      }
      return 'NONE';
    };
    expect(code({ ...base, principal: 100000 })).toBe('INVALID_PRINCIPAL');
    expect(code({ ...base, principal: '-5' })).toBe('INVALID_PRINCIPAL');
    expect(code({ ...base, instalments: 0 })).toBe('INVALID_INSTALMENTS');
    expect(code({ ...base, frequency: 'YEARLY' })).toBe('INVALID_FREQUENCY');
    expect(code({ ...base, firstDueDate: '2024-01-01' })).toBe('INVALID_FIRST_DUE_DATE');
    expect(code({ ...base, disbursementDate: '2024-02-30' })).toBe('INVALID_DISBURSEMENT_DATE');
    expect(code({ ...base, annualRatePercent: '1e2' })).toBe('INVALID_ANNUAL_RATE_PERCENT');
    expect(code({ ...base, rounding: { instalment: R2 } })).toBe('INVALID_ROUNDING_AMOUNTS');
    expect(code({ ...base, graceOnInterest: 1 })).toBe('INVALID_GRACE_ON_INTEREST');
    expect(code({ ...base, fees: { gstPercent: 'x' } })).toBe('INVALID_FEES_GST_PERCENT');
    expect(code({ ...base, holidays: { dates: [], weeklyOff: [0, 1, 2, 3, 4, 5, 6], move: 'NEXT', interest: 'SHIFTED_DATES' } })).toBe('INVALID_HOLIDAYS_WEEKLY_OFF');
  });

  it('produces JSON that survives a round trip unchanged', () => {
    const s = generateSchedule(base);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
