import type { Money } from './money.js';
import type { Rate } from './rate.js';
import type { Rounding } from './rounding.js';

/** A rate applied to an amount and rounded by an explicit rule (a fee of 2% of the principal, GST of 18% on it). */
export function percentOf(amount: Money, rate: Rate, rounding: Rounding): Money {
  return amount.times(rate.value).round(rounding);
}

/** Clamps an amount between optional bounds. */
export function clampMoney(amount: Money, min?: Money, max?: Money): Money {
  let out = amount;
  if (min) out = out.max(min);
  if (max) out = out.min(max);
  return out;
}
