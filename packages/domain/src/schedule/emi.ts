import { DomainInvariantError } from '../errors.js';
import { Decimal, type DecimalInput, toDecimal } from '../money/decimal.js';
import { Money } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import type { Rounding } from '../money/rounding.js';
import type { Frequency } from './calendar.js';
import { type DayCount, daysInYearBasis } from './day-count.js';

/**
 * What an equated instalment is computed from.
 * @example
 * const input: EmiInput = { principal: Money.of('100000'), periodicRate: '0.01', periods: 12, rounding: { dp: 2, mode: 'HALF_UP' } };
 */
export interface EmiInput {
  readonly principal: Money;
  /** Interest rate per instalment period, as a fraction (0.01 is 1% a month). */
  readonly periodicRate: DecimalInput;
  readonly periods: number;
  readonly rounding: Rounding;
}

/**
 * The equated instalment that repays `principal` over `periods` at `periodicRate` per period:
 * P·r·(1+r)^n / ((1+r)^n − 1), or P/n when the rate is zero; rounded by the caller's rule.
 * @example
 * emi({ principal: Money.of('100000'), periodicRate: '0.01', periods: 12, rounding: { dp: 2, mode: 'HALF_UP' } }) // 8884.88
 */
export function emi(input: EmiInput): Money {
  if (!Number.isSafeInteger(input.periods) || input.periods < 1) {
    throw new DomainInvariantError('INVALID_PERIODS', 'periods must be a positive integer', { field: 'periods' });
  }
  const r = toDecimal(input.periodicRate);
  if (r.isNeg() && !r.isZero()) throw new DomainInvariantError('INVALID_RATE', 'rate must not be negative', { field: 'periodicRate' });
  return Money.of(emiExact(input.principal.amount, r, input.periods), input.principal.currency).round(input.rounding);
}

/** The unrounded instalment, for callers that round later or search over principals. */
export function emiExact(principal: Decimal, periodicRate: Decimal, periods: number): Decimal {
  if (periodicRate.isZero()) return principal.div(periods);
  const growth = periodicRate.plus(1).pow(periods);
  return principal.mul(periodicRate).mul(growth).div(growth.minus(1));
}

/**
 * The largest principal whose unrounded instalment is `instalment`: the present value of an annuity.
 * @example
 * annuityPrincipal(new Decimal('8884.88'), new Decimal('0.01'), 12).toFixed(0) // '100000'
 */
export function annuityPrincipal(instalment: Decimal, periodicRate: Decimal, periods: number): Decimal {
  if (periodicRate.isZero()) return instalment.mul(periods);
  const growth = periodicRate.plus(1).pow(periods);
  return instalment.mul(growth.minus(1)).div(periodicRate.mul(growth));
}

/**
 * The interest rate of one instalment period: the annual rate divided by 12 (monthly), 4 (quarterly),
 * 52 (weekly) or 26 (fortnightly), the same unit periods a year the APR uses; daily, by the days of the
 * convention's year (365, or 360 for 30/360 and ACT/360).
 * @example
 * periodicRate(Rate.percent('12'), 'MONTHLY', '30/360').toFixed() // '0.01'
 */
export function periodicRate(annualRate: Rate, frequency: Frequency, dayCount: DayCount): Decimal {
  const annual = annualRate.value;
  switch (frequency) {
    case 'MONTHLY':
      return annual.div(12);
    case 'QUARTERLY':
      return annual.div(4);
    case 'DAILY':
      return annual.div(daysInYearBasis(dayCount));
    case 'WEEKLY':
      return annual.div(52);
    case 'FORTNIGHTLY':
      return annual.div(26);
  }
}

/**
 * Instalment periods in a year, used to annualise a periodic rate.
 * @example
 * periodsPerYear('FORTNIGHTLY', 'ACT/365').toFixed() // '26'
 */
export function periodsPerYear(frequency: Frequency, dayCount: DayCount): Decimal {
  switch (frequency) {
    case 'MONTHLY':
      return new Decimal(12);
    case 'QUARTERLY':
      return new Decimal(4);
    case 'DAILY':
      return new Decimal(daysInYearBasis(dayCount));
    case 'WEEKLY':
      return new Decimal(52);
    case 'FORTNIGHTLY':
      return new Decimal(26);
  }
}
