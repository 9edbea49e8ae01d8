import { DomainInvariantError } from '../errors.js';
import { Decimal } from '../money/decimal.js';

/** Iterations allowed before the solver gives up. */
const MAX_ITERATIONS = 300;
/**
 * Convergence tolerance on the unit-period rate: 1e-24, ten orders of magnitude below the 1e-14 needed to
 * state an annual percentage to 10 decimal places, and well inside the 34 significant digits of Decimal.
 * @example
 * RATE_TOLERANCE.toString() // '1e-24'
 */
export const RATE_TOLERANCE = new Decimal('1e-24');

/**
 * Finds the rate `i` where `npv(i)` is zero, for a present value that falls as the rate rises (a loan's
 * repayments discounted back to the advance, minus the advance). Brackets the root by doubling, then
 * bisects with a Newton step whenever the step stays inside the bracket. All arithmetic is Decimal.
 */
export function solveRate(npv: (i: Decimal) => Decimal, derivative: (i: Decimal) => Decimal): { rate: Decimal; iterations: number } {
  let lo = new Decimal(0);
  let hi = new Decimal('0.01');
  if (npv(lo).lt(0)) {
    // Repayments below the advance: the rate is negative; search down toward -1.
    hi = lo;
    lo = new Decimal('-0.5');
    while (npv(lo).lt(0)) {
      lo = lo.minus(1).div(2);
      if (lo.lte('-0.999999')) throw new DomainInvariantError('APR_NOT_FOUND', 'no rate makes the cash flows balance');
    }
  } else {
    while (npv(hi).gt(0)) {
      hi = hi.mul(2);
      if (hi.gt(1e6)) throw new DomainInvariantError('APR_NOT_FOUND', 'no rate makes the cash flows balance');
    }
  }
  let x = lo.plus(hi).div(2);
  for (let iterations = 1; iterations <= MAX_ITERATIONS; iterations++) {
    const value = npv(x);
    if (value.isZero()) return { rate: x, iterations };
    if (value.gt(0)) lo = x;
    else hi = x;
    const slope = derivative(x);
    let next = slope.isZero() ? lo.plus(hi).div(2) : x.minus(value.div(slope));
    if (next.lte(lo) || next.gte(hi)) next = lo.plus(hi).div(2);
    if (next.minus(x).abs().lt(RATE_TOLERANCE) || hi.minus(lo).lt(RATE_TOLERANCE)) return { rate: next, iterations };
    x = next;
  }
  throw new DomainInvariantError('APR_NOT_CONVERGED', `rate did not converge in ${MAX_ITERATIONS} iterations`);
}
