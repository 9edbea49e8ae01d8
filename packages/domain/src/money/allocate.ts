import { DomainInvariantError } from '../errors.js';
import { Decimal, type DecimalInput, toDecimal } from './decimal.js';
import { Money, minorDigits } from './money.js';

/**
 * Splits an amount by ratios in whole minor units (paise) and hands out the remainder one minor unit at a
 * time, to the parts with the largest fractional share first (ties go to the earlier part), so the parts
 * always add up to the whole and none is negative (for a non-negative amount).
 * @example
 * allocate(Money.of('100.00'), ['1', '1', '1']) // 33.34, 33.33, 33.33
 */
export function allocate(amount: Money, ratios: readonly DecimalInput[]): Money[] {
  if (ratios.length === 0) throw new DomainInvariantError('ALLOCATE_NO_RATIOS', 'allocate needs at least one ratio');
  const weights = ratios.map(toDecimal);
  if (weights.some((w) => w.isNeg() && !w.isZero())) {
    throw new DomainInvariantError('ALLOCATE_NEGATIVE_RATIO', 'allocation ratios must not be negative');
  }
  const total = weights.reduce((acc, w) => acc.plus(w), new Decimal(0));
  if (total.isZero()) throw new DomainInvariantError('ALLOCATE_ZERO_RATIOS', 'allocation ratios must not all be zero');

  const scale = new Decimal(10).pow(minorDigits(amount.currency));
  const minor = amount.amount.mul(scale);
  if (!minor.isInteger()) {
    throw new DomainInvariantError('MONEY_NOT_ROUNDED', `cannot allocate ${amount.toString()}: finer than a minor unit`);
  }
  const sign = minor.isNeg() ? -1 : 1;
  const whole = minor.abs();

  const exact = weights.map((w) => whole.mul(w).div(total));
  const parts = exact.map((e) => e.floor());
  let remainder = whole.minus(parts.reduce((acc, p) => acc.plus(p), new Decimal(0)));
  const order = exact
    .map((e, i) => ({ i, frac: e.minus(e.floor()) }))
    .sort((a, b) => b.frac.comparedTo(a.frac) || a.i - b.i);
  for (const { i } of order) {
    if (remainder.lte(0)) break;
    // Only parts with a positive ratio receive remainder units: a zero ratio always gets zero.
    if (weights[i]!.isZero()) continue;
    parts[i] = parts[i]!.plus(1);
    remainder = remainder.minus(1);
  }
  return parts.map((p) => Money.of(p.mul(sign).div(scale), amount.currency));
}
