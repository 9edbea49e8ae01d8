import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from './allocate.js';
import { Money } from './money.js';

describe('allocate', () => {
  it('hands the remainder to the largest fractional shares', () => {
    expect(allocate(Money.of('100.00'), ['1', '1', '1']).map((m) => m.toFixed())).toEqual(['33.34', '33.33', '33.33']);
    expect(allocate(Money.of('0.05'), ['70', '30']).map((m) => m.toFixed())).toEqual(['0.04', '0.01']);
  });

  it('gives nothing to a zero ratio', () => {
    expect(allocate(Money.of('10.01'), ['0', '1', '1']).map((m) => m.toFixed())).toEqual(['0.00', '5.01', '5.00']);
  });

  it('refuses amounts finer than a paisa and empty or negative ratios', () => {
    expect(() => allocate(Money.of('1.001'), ['1'])).toThrow(/minor unit/);
    expect(() => allocate(Money.of('1'), [])).toThrow();
    expect(() => allocate(Money.of('1'), ['-1', '2'])).toThrow();
    expect(() => allocate(Money.of('1'), ['0'])).toThrow();
  });

  it('conserves money: parts sum to the whole, none negative, zero ratios get zero', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }).filter((r) => r.some((x) => x > 0)),
        (minor, ratios) => {
          const whole = Money.fromMinor(minor);
          const parts = allocate(whole, ratios.map(String));
          expect(Money.sum(parts).equals(whole)).toBe(true);
          parts.forEach((p, i) => {
            expect(p.isNegative()).toBe(false);
            if (ratios[i] === 0) expect(p.isZero()).toBe(true);
            expect(() => p.toMinor()).not.toThrow();
          });
        },
      ),
    );
  });

  it('keeps each part within one paisa of its exact share', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 }), (minor, ratios) => {
        const whole = Money.fromMinor(minor);
        const total = ratios.reduce((a, b) => a + b, 0);
        allocate(whole, ratios.map(String)).forEach((p, i) => {
          const exact = whole.amount.mul(ratios[i]!).div(total);
          expect(p.amount.minus(exact).abs().lt('0.01')).toBe(true);
        });
      }),
    );
  });
});
