import { DomainInvariantError } from '../errors.js';
import { Decimal } from '../money/decimal.js';
import { Money } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import type { Rounding } from '../money/rounding.js';

/**
 * A penal charge policy. RBI's circular on penal charges in loan accounts (DOR.MCS.REC.28/01.01.001/2023-24,
 * 18 August 2023) makes it a charge on the overdue amount, not interest added to the rate, and never
 * capitalised: the result here is a separate amount for its own bucket, not a rate and not principal.
 * `MONTH` counts each started 30-day block after the grace days.
 * @example
 * const policy: PenalPolicy = { kind: 'FLAT', amount: Money.of('500'), per: 'MONTH' };
 */
export type PenalPolicy =
  | { readonly kind: 'FLAT'; readonly amount: Money; readonly per: 'DAY' | 'MONTH' | 'INSTANCE' }
  | { readonly kind: 'PERCENT'; readonly rate: Rate; readonly per: 'DAY' | 'MONTH' };

/**
 * What a penal charge is computed from.
 * @example
 * const input: PenalChargeInput = { overdueAmount, daysPastDue: 10, graceDays: 3, policy, gstRate: Rate.percent('18'), rounding };
 */
export interface PenalChargeInput {
  readonly overdueAmount: Money;
  readonly daysPastDue: number;
  /** Days after the due date before a penal charge applies. */
  readonly graceDays: number;
  readonly policy: PenalPolicy;
  /** GST on penal charges, if the lender's tax position requires it (0 when not). */
  readonly gstRate: Rate;
  /** An optional ceiling on the charge (before GST). */
  readonly cap?: Money;
  readonly rounding: Rounding;
}

/**
 * A penal charge and its GST.
 * @example
 * const { charge, gst, total }: PenalCharge = penalCharge(input);
 */
export interface PenalCharge {
  readonly chargeableDays: number;
  readonly charge: Money;
  readonly gst: Money;
  readonly total: Money;
}

/**
 * Computes the penal charge on an overdue amount for the days past due beyond the grace days.
 * @throws DomainInvariantError `INVALID_DAYS_PAST_DUE` or `INVALID_GRACE_DAYS` for negative or fractional days.
 * @example
 * penalCharge({ overdueAmount: Money.of('10000'), daysPastDue: 10, graceDays: 3, gstRate: Rate.percent('18'),
 *   policy: { kind: 'PERCENT', rate: Rate.percent('0.1'), per: 'DAY' }, rounding: { dp: 2, mode: 'HALF_UP' } }).total // 82.60
 */
export function penalCharge(input: PenalChargeInput): PenalCharge {
  for (const [field, v] of [['daysPastDue', input.daysPastDue], ['graceDays', input.graceDays]] as const) {
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new DomainInvariantError(field === 'daysPastDue' ? 'INVALID_DAYS_PAST_DUE' : 'INVALID_GRACE_DAYS', `${field} must be a whole number ≥ 0`, { field });
    }
  }
  const currency = input.overdueAmount.currency;
  const days = Math.max(0, input.daysPastDue - input.graceDays);
  const zero = Money.zero(currency);
  if (days === 0 || !input.overdueAmount.isPositive()) return { chargeableDays: days, charge: zero, gst: zero, total: zero };
  const { policy } = input;
  const units = policy.per === 'DAY' ? new Decimal(days) : policy.per === 'MONTH' ? new Decimal(Math.ceil(days / 30)) : new Decimal(1);
  let charge = (policy.kind === 'FLAT' ? policy.amount.times(units) : input.overdueAmount.times(policy.rate.value.mul(units))).round(input.rounding);
  if (input.cap) charge = charge.min(input.cap);
  const gst = charge.times(input.gstRate.value).round(input.rounding);
  return { chargeableDays: days, charge, gst, total: charge.plus(gst) };
}

/**
 * A bounce (dishonour) charge with GST, which applies to it as a fee for a service.
 * @example
 * bounceCharge(Money.of('500'), Rate.percent('18'), { dp: 2, mode: 'HALF_UP' }).total // 590.00
 */
export function bounceCharge(amount: Money, gstRate: Rate, rounding: Rounding): PenalCharge {
  const gst = amount.times(gstRate.value).round(rounding);
  return { chargeableDays: 0, charge: amount, gst, total: amount.plus(gst) };
}
