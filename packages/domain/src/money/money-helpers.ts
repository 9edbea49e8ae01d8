import type { Money } from './money.js';
import type { Rate } from './rate.js';
import type { Rounding } from './rounding.js';

/**
 * A rate applied to an amount and rounded by an explicit rule (a fee of 2% of the principal, GST of 18% on it).
 * @example
 * percentOf(Money.of('2000'), Rate.percent('18'), { dp: 2, mode: 'HALF_UP' }) // 360.00
 */
export function percentOf(amount: Money, rate: Rate, rounding: Rounding): Money {
  return amount.times(rate.value).round(rounding);
}

/**
 * Clamps an amount between optional bounds.
 * @example
 * clampMoney(Money.of('2500'), Money.of('500'), Money.of('1500')) // 1500
 */
export function clampMoney(amount: Money, min?: Money, max?: Money): Money {
  let out = amount;
  if (min) out = out.max(min);
  if (max) out = out.min(max);
  return out;
}
