import type { Decimal } from '../money/decimal.js';
import { roundDecimal, type Rounding } from '../money/rounding.js';

/**
 * The equal monthly instalment of a reducing-balance loan, P·r·(1+r)^n / ((1+r)^n − 1) with r the monthly
 * rate (annual percent ÷ 1200), rounded by the caller's rule. A zero rate repays P/n. This preview is the
 * offer engine's own arithmetic; the servicing schedule is computed elsewhere.
 * @example
 * emiPreview(new Decimal('100000'), new Decimal('12'), 12, { dp: 2, mode: 'HALF_UP' }).toFixed(2); // '8884.88'
 */
export function emiPreview(principal: Decimal, annualRatePercent: Decimal, months: number, rounding: Rounding): Decimal {
  if (!Number.isSafeInteger(months) || months < 1) throw new RangeError('months must be a positive integer');
  const r = annualRatePercent.div(1200);
  if (r.isZero()) return roundDecimal(principal.div(months), rounding);
  const growth = r.plus(1).pow(months);
  return roundDecimal(principal.mul(r).mul(growth).div(growth.minus(1)), rounding);
}

