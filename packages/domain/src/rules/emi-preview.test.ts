import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { Money } from '../money/money.js';
import { Rate } from '../money/rate.js';
import { emi, periodicRate } from '../schedule/emi.js';
import { emiPreview } from './emi-preview.js';

describe('emiPreview', () => {
  it("is the schedule's EMI at the monthly rate, to the paisa, for any amount, rate and tenure", () => {
    const rounding = { dp: 2, mode: 'HALF_UP' } as const;
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 50_000_000 }), fc.integer({ min: 0, max: 4800 }), fc.integer({ min: 1, max: 84 }), (paise, bp, months) => {
        const principal = Money.fromMinor(paise);
        const annual = new Decimal(bp).div(100);
        const scheduled = emi({ principal, periodicRate: periodicRate(Rate.percent(annual), 'MONTHLY', 'ACT/365'), periods: months, rounding });
        expect(emiPreview(principal.amount, annual, months, rounding).toFixed(2)).toBe(scheduled.toFixed(2));
      }),
    );
  });

  it('refuses a tenure that is not a whole number of months, and a negative rate', () => {
    const rounding = { dp: 2, mode: 'HALF_UP' } as const;
    expect(() => emiPreview(new Decimal('1000'), new Decimal('12'), 0, rounding)).toThrow(RangeError);
    expect(() => emiPreview(new Decimal('1000'), new Decimal('-1'), 12, rounding)).toThrow(/rate must not be negative/);
  });
});
