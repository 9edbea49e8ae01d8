import type { Decimal } from '../money/decimal.js';
import { Money } from '../money/money.js';
import { Rate } from '../money/rate.js';
import type { Rounding } from '../money/rounding.js';
import { emi, periodicRate } from '../schedule/emi.js';

/**
 * The equal monthly instalment an offer shows for a reducing-balance loan, rounded by the caller's rule:
 * the schedule's own `emi` at the schedule's monthly `periodicRate` (annual rate ÷ 12), so an offer and
 * the schedule fixed at disbursal never disagree. A zero rate repays P/n.
 * @throws DomainInvariantError INVALID_RATE for a negative rate.
 * @example
 * emiPreview(new Decimal('100000'), new Decimal('12'), 12, { dp: 2, mode: 'HALF_UP' }).toFixed(2); // '8884.88'
 */
export function emiPreview(principal: Decimal, annualRatePercent: Decimal, months: number, rounding: Rounding): Decimal {
  if (!Number.isSafeInteger(months) || months < 1) throw new RangeError('months must be a positive integer');
  // The day count only matters for daily periods; a month is a twelfth of the year whatever the convention.
  const monthly = periodicRate(Rate.percent(annualRatePercent), 'MONTHLY', '30/360');
  return emi({ principal: Money.of(principal), periodicRate: monthly, periods: months, rounding }).amount;
}
