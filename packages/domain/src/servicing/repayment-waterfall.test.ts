import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from '../money/money.js';
import { type DueBucket, allocateRepayment } from './repayment-waterfall.js';

const dues = { PENAL: Money.of('100'), FEES: Money.of('50'), INTEREST: Money.of('1000'), PRINCIPAL: Money.of('8000') };
const s = (r: Record<DueBucket, Money>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.toFixed()]));

describe('allocateRepayment', () => {
  it('fills penal charges, fees, interest, then principal by default', () => {
    const r = allocateRepayment(Money.of('600'), dues);
    expect(s(r.applied)).toEqual({ PENAL: '100.00', FEES: '50.00', INTEREST: '450.00', PRINCIPAL: '0.00' });
    expect(r.remaining.INTEREST.toFixed()).toBe('550.00');
    expect(r.excess.isZero()).toBe(true);
  });

  it('follows a configured order and holds an excess', () => {
    const r = allocateRepayment(Money.of('10000'), dues, ['INTEREST', 'PRINCIPAL', 'FEES', 'PENAL']);
    expect(r.excess.toFixed()).toBe('850.00');
    const partial = allocateRepayment(Money.of('1500'), dues, ['INTEREST', 'PRINCIPAL', 'FEES', 'PENAL']);
    expect(s(partial.applied)).toEqual({ PENAL: '0.00', FEES: '0.00', INTEREST: '1000.00', PRINCIPAL: '500.00' });
    expect(() => allocateRepayment(Money.of('1'), dues, ['INTEREST', 'INTEREST', 'FEES', 'PENAL'])).toThrow(/once each/);
  });

  it('conserves money: applied plus excess is the payment, and nothing is applied beyond what is due', () => {
    const amt = fc.integer({ min: 0, max: 10_000_000 }).map((p) => Money.fromMinor(p));
    const order = fc.shuffledSubarray(['PENAL', 'FEES', 'INTEREST', 'PRINCIPAL'] as DueBucket[], { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(amt, amt, amt, amt, amt, order, (payment, penal, fees, interest, principal, o) => {
        const d = { PENAL: penal, FEES: fees, INTEREST: interest, PRINCIPAL: principal };
        const r = allocateRepayment(payment, d, o);
        expect(Money.sum(Object.values(r.applied)).plus(r.excess).equals(payment)).toBe(true);
        for (const b of o) {
          expect(r.applied[b].greaterThan(d[b]) || r.applied[b].isNegative()).toBe(false);
          expect(r.applied[b].plus(r.remaining[b]).equals(d[b])).toBe(true);
        }
        if (r.excess.isPositive()) expect(Object.values(r.remaining).every((m) => m.isZero())).toBe(true);
      }),
    );
  });
});
