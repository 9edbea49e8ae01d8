import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { Money } from '../money/money.js';
import { generateSchedule } from '../schedule/generate-schedule.js';
import { keyFactsStatement } from './key-facts-statement.js';

const R2 = { dp: 2, mode: 'HALF_UP' } as const;

describe('keyFactsStatement', () => {
  const schedule = generateSchedule({
    principal: '100000',
    annualRatePercent: '12',
    method: 'EMI',
    frequency: 'MONTHLY',
    instalments: 12,
    dayCount: '30/360',
    interestBasis: 'PERIOD',
    disbursementDate: '2024-01-05',
    rounding: { instalment: R2, amounts: R2 },
    fees: {
      processingFee: { kind: 'PERCENT', percent: '2' },
      gstPercent: '18',
      charges: [{ name: 'Insurance', amount: '500', gst: false, collection: 'DEDUCTED' }],
    },
  });
  const kfs = keyFactsStatement({ schedule, coolingOffDays: 3, aprMethod: 'RBI_KFS', aprRounding: R2 });

  it('shows sanctioned and net disbursed amounts, fees with GST and the total payable', () => {
    expect(kfs.sanctionedAmount).toBe('100000.00');
    // 2% fee = 2000 + 18% GST 360 + insurance 500.
    expect(kfs.totalFeesAndCharges).toBe('2860.00');
    expect(kfs.netDisbursedAmount).toBe('97140.00');
    expect(kfs.totalInterest).toBe(schedule.totals.interest);
    const expectedTotal = Money.of('100000').plus(Money.of(schedule.totals.interest)).plus(Money.of('2860'));
    expect(kfs.totalAmountPayable).toBe(expectedTotal.toFixed());
    expect(kfs.instalments).toEqual({ count: 12, frequency: 'MONTHLY', amount: '8884.88', firstDueDate: '2024-02-05' });
    expect(kfs.coolingOffDays).toBe(3);
    expect(kfs.schedule).toHaveLength(12);
  });

  it('states an APR above the nominal rate because of the fees', () => {
    expect(Money.of(kfs.apr.aprPercent).greaterThan(Money.of('12'))).toBe(true);
    expect(kfs.apr.method).toBe('RBI_KFS');
  });

  it('uses a daily unit period for a bullet loan', () => {
    const bullet = generateSchedule({
      principal: '10000',
      annualRatePercent: '36.5',
      method: 'BULLET',
      frequency: 'DAILY',
      instalments: 30,
      dayCount: 'ACT/365',
      interestBasis: 'DAILY',
      disbursementDate: '2024-01-01',
      rounding: { instalment: R2, amounts: R2 },
    });
    const k = keyFactsStatement({ schedule: bullet, coolingOffDays: 1, aprMethod: 'RBI_KFS', aprRounding: R2 });
    expect(k.apr.unitPeriodsPerYear).toBe(365);
    // 0.1% a day simple for 30 days repays 1.03 × the advance; the daily rate i solves (1 + i)^30 = 1.03,
    // so the APR (i × 365) sits just under the simple 36.5%.
    const daily = new Decimal('1.03').pow(new Decimal(1).div(30)).minus(1);
    expect(k.apr.aprPercent).toBe(daily.mul(36500).toDecimalPlaces(2).toFixed());
    expect(Money.of(k.apr.aprPercent).lessThan(Money.of('36.5'))).toBe(true);
  });

  it('refuses a negative cooling-off period', () => {
    expect(() => keyFactsStatement({ schedule, coolingOffDays: -1, aprMethod: 'RBI_KFS', aprRounding: R2 })).toThrow(/coolingOffDays/);
  });
});
