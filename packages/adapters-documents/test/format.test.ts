import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../src/format.js';

describe('formatAmount', () => {
  it('groups digits the Indian way and pads to two decimals', () => {
    expect(['0', '999', '1000', '100000.5', '12345678.90', '-2500'].map((a) => formatAmount(a))).toEqual([
      '0.00',
      '999.00',
      '1,000.00',
      '1,00,000.50',
      '1,23,45,678.90',
      '-2,500.00',
    ]);
    expect(() => formatAmount('1.005')).toThrow(RangeError);
    expect(() => formatAmount('1e5')).toThrow(TypeError);
  });

  it('only inserts separators: removing the commas gives back the amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }), (whole, paise) => {
        const amount = `${whole}.${String(paise).padStart(2, '0')}`;
        expect(formatAmount(amount).replace(/,/g, '')).toBe(amount);
      }),
    );
  });
});
