import { DomainInvariantError } from '../errors.js';
import { Money } from '../money/money.js';

/**
 * The buckets a repayment is applied to.
 * @example
 * const first: DueBucket = 'PENAL';
 */
export type DueBucket = 'PENAL' | 'FEES' | 'INTEREST' | 'PRINCIPAL';

/**
 * RBI-compatible default: penal charges, then fees, then interest, then principal.
 * @example
 * allocateRepayment(payment, dues, DEFAULT_WATERFALL)
 */
export const DEFAULT_WATERFALL: readonly DueBucket[] = ['PENAL', 'FEES', 'INTEREST', 'PRINCIPAL'];

/**
 * What is due, by bucket.
 * @example
 * const dues: Dues = { PENAL: Money.zero(), FEES: Money.zero(), INTEREST: Money.of('900'), PRINCIPAL: Money.of('8000') };
 */
export type Dues = Readonly<Record<DueBucket, Money>>;

/**
 * How a payment was applied, what remains due, and the excess held for the borrower.
 * @example
 * const { applied, excess }: WaterfallResult = allocateRepayment(payment, dues);
 */
export interface WaterfallResult {
  readonly applied: Dues;
  readonly remaining: Dues;
  readonly excess: Money;
}

/**
 * Applies a payment to the dues in the configured order, each bucket filled before the next; a partial
 * payment stops where it runs out and an excess payment is returned as `excess` (held, never silently
 * applied to future principal). The applied amounts and the excess always add up to the payment.
 * @throws DomainInvariantError `INVALID_WATERFALL` when the order does not list each bucket exactly once.
 * @example
 * allocateRepayment(Money.of('600'), { PENAL: Money.of('100'), FEES: Money.of('50'), INTEREST: Money.of('1000'), PRINCIPAL: Money.of('8000') })
 * // applied: PENAL 100, FEES 50, INTEREST 450, PRINCIPAL 0; excess 0
 */
export function allocateRepayment(payment: Money, dues: Dues, order: readonly DueBucket[] = DEFAULT_WATERFALL): WaterfallResult {
  if (order.length !== 4 || new Set(order).size !== 4 || !DEFAULT_WATERFALL.every((b) => order.includes(b))) {
    throw new DomainInvariantError('INVALID_WATERFALL', 'the order must list PENAL, FEES, INTEREST and PRINCIPAL once each', { field: 'order' });
  }
  if (payment.isNegative()) throw new DomainInvariantError('INVALID_PAYMENT', 'a payment must not be negative', { field: 'payment' });
  const zero = Money.zero(payment.currency);
  const applied: Record<DueBucket, Money> = { PENAL: zero, FEES: zero, INTEREST: zero, PRINCIPAL: zero };
  const remaining: Record<DueBucket, Money> = { ...dues };
  let left = payment;
  for (const bucket of order) {
    const due = dues[bucket];
    if (due.isNegative()) throw new DomainInvariantError('INVALID_DUES', `${bucket} due must not be negative`, { field: `dues.${bucket}` });
    const take = left.min(due);
    applied[bucket] = take;
    remaining[bucket] = due.minus(take);
    left = left.minus(take);
  }
  return { applied, remaining, excess: left };
}
