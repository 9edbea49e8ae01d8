import { DomainInvariantError } from '../errors.js';
import { Decimal } from '../money/decimal.js';
import { Money } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import { type Rounding, roundDecimal } from '../money/rounding.js';
import { type DayCount, daysInYearBasis } from '../schedule/day-count.js';
import { annuityPrincipal, emi } from '../schedule/emi.js';
import { averageSalary, type EligibleFoir, eligibleFoirFor, foirRatio } from './foir.js';

/**
 * The product the loan is appraised for: monthly EMIs, or one repayment after some days.
 * @example
 * const product: AppraisedProduct = { method: 'BULLET', annualRate: Rate.percent('365'), days: 30, dayCount: 'ACT/365' };
 */
export type AppraisedProduct =
  | { readonly method: 'EMI'; readonly annualRate: Rate; readonly months: number }
  | { readonly method: 'BULLET'; readonly annualRate: Rate; readonly days: number; readonly dayCount: DayCount };

/**
 * What the credit appraisal memo is computed from.
 * @example
 * const input: CamInput = { salaryCredits, existingObligations, eligibleFoir: Rate.percent('50'), product, requestedAmount, rounding };
 */
export interface CamInput {
  /** One to three monthly salary credits. */
  readonly salaryCredits: readonly Money[];
  /** Monthly instalments of existing loans. */
  readonly existingObligations: readonly Money[];
  readonly eligibleFoir: EligibleFoir;
  readonly product: AppraisedProduct;
  readonly requestedAmount: Money;
  readonly rounding: {
    /** Average salary and instalments. */
    readonly amounts: Rounding;
    /** FOIR percentages shown. */
    readonly percent: Rounding;
    /** Loans are offered in steps of this amount ("1000"); the eligible loan is rounded down to it. */
    readonly loanStep: string;
  };
}

/**
 * The figures of a credit appraisal memo, as decimal strings.
 * @example
 * const { eligibleLoan, proposedFoirPercent }: CreditAppraisal = creditAppraisal(input);
 */
export interface CreditAppraisal {
  readonly averageSalary: string;
  readonly totalObligations: string;
  readonly eligibleFoirPercent: string;
  readonly foirAchievedPercent: string;
  /** Salary × eligible FOIR − obligations: what a new instalment may take (never below zero). */
  readonly headroom: string;
  readonly eligibleLoan: string;
  readonly recommendedAmount: string;
  /** The new instalment (or the bullet repayment) on the recommended amount. */
  readonly proposedInstalment: string;
  readonly proposedFoirPercent: string;
}

/**
 * Computes the CAM: average salary, obligations, eligible and achieved FOIR, the eligible loan (the largest
 * principal, in loan steps, whose instalment fits the FOIR headroom; for a bullet loan the largest whose
 * repayment fits the salary share) and the recommended amount (the request, capped at the eligible loan).
 * @throws DomainInvariantError `INVALID_SALARY_CREDITS`, `NO_FOIR_BAND` or `INVALID_LOAN_STEP`.
 * @example
 * creditAppraisal({ salaryCredits: [Money.of('60000')], existingObligations: [Money.of('12000')], eligibleFoir: Rate.percent('50'),
 *   product: { method: 'EMI', annualRate: Rate.percent('18'), months: 24 }, requestedAmount: Money.of('500000'),
 *   rounding: { amounts: { dp: 2, mode: 'HALF_UP' }, percent: { dp: 2, mode: 'HALF_UP' }, loanStep: '1000' } }).eligibleLoan // '360000.00'
 */
export function creditAppraisal(input: CamInput): CreditAppraisal {
  const { rounding, product } = input;
  const salary = averageSalary(input.salaryCredits, rounding.amounts);
  const currency = salary.currency;
  const step = new Decimal(rounding.loanStep);
  if (!step.gt(0)) throw new DomainInvariantError('INVALID_LOAN_STEP', 'loanStep must be positive', { field: 'rounding.loanStep' });
  const obligations = Money.sum(input.existingObligations, currency);
  const foir = eligibleFoirFor(salary, input.eligibleFoir);
  const headroom = salary.times(foir.value).round(rounding.amounts).minus(obligations).max(Money.zero(currency));

  const instalmentOf = (principal: Money): Money =>
    product.method === 'EMI'
      ? emi({ principal, periodicRate: product.annualRate.value.div(12), periods: product.months, rounding: rounding.amounts })
      : principal.times(bulletFactor(product)).round(rounding.amounts);

  const exactMax =
    product.method === 'EMI' ? annuityPrincipal(headroom.amount, product.annualRate.value.div(12), product.months) : headroom.amount.div(bulletFactor(product));
  let eligible = Money.of(exactMax.div(step).floor().mul(step), currency);
  // Rounding the instalment up can push it a paisa over the headroom: step down until it fits.
  while (eligible.isPositive() && instalmentOf(eligible).greaterThan(headroom)) eligible = eligible.minus(Money.of(step, currency));
  const recommended = input.requestedAmount.min(eligible).max(Money.zero(currency));
  const proposed = recommended.isZero() ? Money.zero(currency) : instalmentOf(recommended);
  const pct = (x: Decimal): string => roundDecimal(x.mul(100), rounding.percent).toFixed();
  return {
    averageSalary: salary.toFixed(),
    totalObligations: obligations.toFixed(),
    eligibleFoirPercent: pct(foir.value),
    foirAchievedPercent: pct(foirRatio(obligations, salary)),
    headroom: headroom.toFixed(),
    eligibleLoan: eligible.toFixed(),
    recommendedAmount: recommended.toFixed(),
    proposedInstalment: proposed.toFixed(),
    proposedFoirPercent: pct(foirRatio(obligations.plus(proposed), salary)),
  };
}

/** Repayment per unit of principal for a bullet loan: 1 + rate × days ÷ the convention's year. */
function bulletFactor(product: Extract<AppraisedProduct, { method: 'BULLET' }>): Decimal {
  return product.annualRate.value.mul(product.days).div(daysInYearBasis(product.dayCount)).plus(1);
}
