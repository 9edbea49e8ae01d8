import { describe, expect, it } from 'vitest';
import { Money } from '../money/money.js';
import { Rate } from '../money/rate.js';
import { emi, periodicRate } from './emi.js';

const HALF_UP_2 = { dp: 2, mode: 'HALF_UP' } as const;

describe('emi', () => {
  it('matches the spreadsheet PMT example: 10,000 at 8% a year over 10 months is 1,037.03', () => {
    // Source: Microsoft Support, "PMT function", example =PMT(A2/12,A3,A4) → ($1,037.03).
    expect(emi({ principal: Money.of('10000'), periodicRate: periodicRate(Rate.percent('8'), 'MONTHLY', '30/360'), periods: 10, rounding: HALF_UP_2 }).toFixed()).toBe('1037.03');
  });

  it('matches the numpy financial test value pmt(0.08/12, 5*12, 15000) = -304.146', () => {
    // Source: numpy/numpy numpy/lib/tests/test_financial.py doctest `np.round(np.pmt(0.08/12,5*12,15000),3) == -304.146`.
    expect(emi({ principal: Money.of('15000'), periodicRate: Rate.percent('8').value.div(12), periods: 60, rounding: { dp: 3, mode: 'HALF_UP' } }).toFixed(3)).toBe('304.146');
  });

  it('matches the spreadsheet example PMT(6%/12, 15, 5000) = -346.82', () => {
    // Source: MESCIUS Document Solutions formula reference, PMT examples.
    expect(emi({ principal: Money.of('5000'), periodicRate: '0.005', periods: 15, rounding: HALF_UP_2 }).toFixed()).toBe('346.82');
  });

  it('divides evenly at a zero rate and rounds up to a multiple when asked', () => {
    expect(emi({ principal: Money.of('1200'), periodicRate: '0', periods: 12, rounding: HALF_UP_2 }).toFixed()).toBe('100.00');
    const exact = emi({ principal: Money.of('100000'), periodicRate: '0.01', periods: 12, rounding: HALF_UP_2 });
    const upTo10 = emi({ principal: Money.of('100000'), periodicRate: '0.01', periods: 12, rounding: { multiple: '10', mode: 'CEILING' } });
    expect(exact.toFixed()).toBe('8884.88');
    expect(upTo10.toFixed()).toBe('8890.00');
  });

  it('rejects a bad period count or a negative rate', () => {
    expect(() => emi({ principal: Money.of('1'), periodicRate: '0.01', periods: 0, rounding: HALF_UP_2 })).toThrow(/periods/);
    expect(() => emi({ principal: Money.of('1'), periodicRate: '-0.01', periods: 1, rounding: HALF_UP_2 })).toThrow(/rate/);
  });
});
