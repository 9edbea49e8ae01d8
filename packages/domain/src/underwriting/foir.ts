import { DomainInvariantError } from '../errors.js';
import { Decimal } from '../money/decimal.js';
import { Money } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import type { Rounding } from '../money/rounding.js';

/**
 * An eligible-FOIR band: applies from `minSalary` (inclusive) up to the next band.
 * @example
 * const band: FoirBand = { minSalary: Money.of('50000'), foir: Rate.percent('55') };
 */
export interface FoirBand {
  readonly minSalary: Money;
  readonly foir: Rate;
}

/**
 * A single eligible FOIR for every salary, or bands by average salary.
 * @example
 * const foir: EligibleFoir = Rate.percent('50');
 */
export type EligibleFoir = Rate | readonly FoirBand[];

/**
 * The average of up to three salary credits, rounded by the caller's rule.
 * @throws DomainInvariantError `INVALID_SALARY_CREDITS` for none, more than three, or a negative credit.
 * @example
 * averageSalary([Money.of('60000'), Money.of('62000'), Money.of('58000')], { dp: 2, mode: 'HALF_UP' }) // 60000.00
 */
export function averageSalary(credits: readonly Money[], rounding: Rounding): Money {
  if (credits.length === 0 || credits.length > 3) {
    throw new DomainInvariantError('INVALID_SALARY_CREDITS', 'give one to three salary credits', { field: 'salaryCredits' });
  }
  if (credits.some((c) => c.isNegative())) {
    throw new DomainInvariantError('INVALID_SALARY_CREDITS', 'salary credits must not be negative', { field: 'salaryCredits' });
  }
  return Money.sum(credits, credits[0]!.currency).dividedBy(credits.length.toString()).round(rounding);
}

/**
 * Fixed obligations to income: obligations ÷ income, as an unrounded fraction (0 when income is 0 and so are obligations).
 * @example
 * foirRatio(Money.of('12000'), Money.of('60000')).toFixed() // '0.2'
 */
export function foirRatio(obligations: Money, income: Money): Decimal {
  if (income.isZero()) {
    if (obligations.isZero()) return new Decimal(0);
    throw new DomainInvariantError('INVALID_INCOME', 'FOIR needs a positive income', { field: 'income' });
  }
  return obligations.amount.div(income.amount);
}

/**
 * The eligible FOIR for a salary: the band with the highest `minSalary` not above it.
 * @example
 * eligibleFoirFor(Money.of('55000'), [{ minSalary: Money.of('0'), foir: Rate.percent('40') }, { minSalary: Money.of('50000'), foir: Rate.percent('55') }]) // 55%
 */
export function eligibleFoirFor(salary: Money, eligible: EligibleFoir): Rate {
  if (!Array.isArray(eligible)) return eligible as Rate;
  const bands = [...(eligible as readonly FoirBand[])].sort((a, b) => a.minSalary.compare(b.minSalary));
  let chosen: FoirBand | undefined;
  for (const band of bands) if (!salary.lessThan(band.minSalary)) chosen = band;
  if (!chosen) throw new DomainInvariantError('NO_FOIR_BAND', `no FOIR band covers a salary of ${salary.toFixed()}`, { field: 'eligibleFoir' });
  return chosen.foir;
}
