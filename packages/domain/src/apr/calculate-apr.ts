import { DomainInvariantError } from '../errors.js';
import { type LocalDate, isLocalDate } from '../local-date.js';
import { Decimal } from '../money/decimal.js';
import type { Money } from '../money/money.js';
import { type Rounding, roundDecimal } from '../money/rounding.js';
import type { Frequency } from '../schedule/calendar.js';
import { solveRate } from './solve-rate.js';
import { unitPeriodsPerYear, unitTime } from './unit-periods.js';

/**
 * How the APR is defined.
 * - `RBI_KFS`: RBI's Key Facts Statement rule (DOR.STR.REC.13/13.03.00/2024-25, Annex B): the internal
 *   rate of return of the net amount disbursed against every instalment and charge the borrower pays,
 *   per instalment period, times the periods in a year. Fractions of a period are compounded.
 * - `REG_Z_ACTUARIAL`: US Regulation Z (12 CFR 1026) Appendix J actuarial method: the same equation, but a
 *   fraction of a unit period earns simple interest, (1 + f·i)(1 + i)^t.
 * @example
 * const method: AprMethod = 'RBI_KFS';
 */
export type AprMethod = 'RBI_KFS' | 'REG_Z_ACTUARIAL';

/**
 * A payment by the borrower after the advance.
 * @example
 * const p: AprPayment = { date: '2024-02-01', amount: Money.of('1010') };
 */
export interface AprPayment {
  readonly date: string;
  readonly amount: Money;
}

/**
 * The cash flows of a loan.
 * @example
 * const input: AprInput = { method: 'REG_Z_ACTUARIAL', advanceDate: '2024-01-01', ...scheduleCashFlows(schedule), unitPeriod: 'MONTHLY', rounding };
 */
export interface AprInput {
  readonly method: AprMethod;
  readonly advanceDate: string;
  /** What the borrower actually receives: principal minus every fee, charge and tax deducted or paid upfront. */
  readonly netAdvance: Money;
  readonly payments: readonly AprPayment[];
  /** The unit period, normally the instalment frequency (DAILY for a bullet loan of days). */
  readonly unitPeriod: Frequency;
  /** How the APR percentage is rounded for display. */
  readonly rounding: Rounding;
}

/**
 * The APR and the figures behind it, as decimal strings.
 * @example
 * const { aprPercent, effectiveAnnualPercent }: AprResult = calculateApr(input);
 */
export interface AprResult {
  readonly method: AprMethod;
  /** Annual percentage rate: unit-period rate × unit periods a year, in percent, rounded. */
  readonly aprPercent: string;
  /** The same rate compounded over a year, in percent, rounded by the same rule. */
  readonly effectiveAnnualPercent: string;
  /** The solved unit-period rate as a fraction, to 20 decimal places. */
  readonly unitPeriodRate: string;
  readonly unitPeriodsPerYear: number;
  readonly iterations: number;
}

/**
 * Solves the annual percentage rate of a loan's cash flows with Decimal arithmetic (Newton steps inside
 * a bisection bracket, tolerance 1e-24 on the unit-period rate).
 * @throws DomainInvariantError `INVALID_APR_INPUT` for dates before the advance, a non-positive advance or no payments.
 * @example
 * calculateApr({ method: 'RBI_KFS', advanceDate: '2024-01-01', netAdvance: Money.of('1000'),
 *   payments: [{ date: '2024-02-01', amount: Money.of('1010') }], unitPeriod: 'MONTHLY',
 *   rounding: { dp: 2, mode: 'HALF_UP' } }).aprPercent // '12'
 */
export function calculateApr(input: AprInput): AprResult {
  if (!isLocalDate(input.advanceDate)) throw new DomainInvariantError('INVALID_ADVANCE_DATE', 'advanceDate must be YYYY-MM-DD', { field: 'advanceDate' });
  if (!input.netAdvance.isPositive()) throw new DomainInvariantError('INVALID_NET_ADVANCE', 'the net advance must be positive', { field: 'netAdvance' });
  if (input.payments.length === 0) throw new DomainInvariantError('INVALID_PAYMENTS', 'at least one payment is needed', { field: 'payments' });
  const advance = input.advanceDate as LocalDate;
  const flows = input.payments.map((p, i) => {
    if (!isLocalDate(p.date) || p.date < advance) {
      throw new DomainInvariantError('INVALID_PAYMENTS', `payment ${i + 1} must be dated on or after the advance`, { field: 'payments' });
    }
    return { amount: p.amount.amount, ...unitTime(advance, p.date as LocalDate, input.unitPeriod) };
  });
  const a = input.netAdvance.amount;
  const compound = input.method === 'RBI_KFS';

  const npv = (i: Decimal): Decimal => {
    const one = i.plus(1);
    return flows.reduce((acc, { amount, t, f }) => acc.plus(amount.div(discount(one, i, t, f, compound))), a.neg());
  };
  const derivative = (i: Decimal): Decimal => {
    const one = i.plus(1);
    return flows.reduce((acc, { amount, t, f }) => {
      const d = discount(one, i, t, f, compound);
      // d/di of 1/d = −d'/d²; for compounding d' = (t+f)(1+i)^(t+f−1), for simple fractions by the product rule.
      const dPrime = compound
        ? f.plus(t).mul(one.pow(f.plus(t).minus(1)))
        : f.mul(one.pow(t)).plus(i.mul(f).plus(1).mul(t).mul(one.pow(t - 1)));
      return acc.minus(amount.mul(dPrime).div(d.mul(d)));
    }, new Decimal(0));
  };

  const { rate, iterations } = solveRate(npv, derivative);
  const perYear = unitPeriodsPerYear(input.unitPeriod);
  return {
    method: input.method,
    aprPercent: roundDecimal(rate.mul(perYear).mul(100), input.rounding).toFixed(),
    effectiveAnnualPercent: roundDecimal(rate.plus(1).pow(perYear).minus(1).mul(100), input.rounding).toFixed(),
    unitPeriodRate: rate.toFixed(20),
    unitPeriodsPerYear: perYear,
    iterations,
  };
}

function discount(one: Decimal, i: Decimal, t: number, f: Decimal, compound: boolean): Decimal {
  return compound ? one.pow(f.plus(t)) : i.mul(f).plus(1).mul(one.pow(t));
}
