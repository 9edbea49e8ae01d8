import type { LocalDate } from '../local-date.js';
import { Money } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import type { Rounding } from '../money/rounding.js';
import { yearFraction } from '../schedule/day-count.js';
import { moneyString } from '../schedule/generate-schedule.js';
import type { ScheduleJson } from '../schedule/schedule-json.js';
import { scheduledPosition } from './outstanding.js';

/**
 * What a foreclosure quote is computed from.
 * @example
 * const input: ForeclosureInput = { schedule, asOf: '2024-03-15', chargeRate: Rate.percent('3'), gstRate: Rate.percent('18'), rounding };
 */
export interface ForeclosureInput {
  readonly schedule: ScheduleJson;
  readonly asOf: string;
  /** Billed but unpaid amounts (instalments in arrears, penal charges), added as they are. */
  readonly arrears?: Money;
  /** Foreclosure charge as a share of the outstanding principal (0 where the law forbids one). */
  readonly chargeRate: Rate;
  readonly gstRate: Rate;
  /** Excess payments held for the borrower, netted off the quote. */
  readonly excessHeld?: Money;
  readonly rounding: Rounding;
}

/**
 * A foreclosure (prepayment) quote, as decimal strings.
 * @example
 * const { totalPayable }: ForeclosureQuote = foreclosureQuote(input);
 */
export interface ForeclosureQuote {
  readonly asOf: string;
  readonly outstandingPrincipal: string;
  /** Interest from the last due date to `asOf` on the outstanding principal, by the schedule's day count. */
  readonly accruedInterest: string;
  readonly arrears: string;
  readonly foreclosureCharge: string;
  readonly gstOnCharge: string;
  readonly excessHeld: string;
  /** What the borrower pays to close the loan today (never below zero; a surplus is refunded separately). */
  readonly totalPayable: string;
}

/**
 * Quotes the amount to close a loan on a date: outstanding principal, interest accrued since the last due
 * date, arrears, the foreclosure charge with GST, less any excess held. On a due date the accrued
 * interest is zero and the quote is the scheduled closing balance plus charges.
 * @throws DomainInvariantError `INVALID_AS_OF` for a date before disbursement.
 * @example
 * foreclosureQuote({ schedule, asOf: '2024-03-15', chargeRate: Rate.percent('3'), gstRate: Rate.percent('18'),
 *   rounding: { dp: 2, mode: 'HALF_UP' } }).totalPayable
 */
export function foreclosureQuote(input: ForeclosureInput): ForeclosureQuote {
  const { schedule, rounding } = input;
  const c = schedule.currency;
  const zero = Money.zero(c);
  const position = scheduledPosition(schedule, input.asOf);
  const annual = Money.of(schedule.annualRatePercent, c).amount.div(100);
  const accrued = position.outstandingPrincipal
    .times(annual.mul(yearFraction(position.paidThrough, input.asOf as LocalDate, schedule.dayCount)))
    .round(rounding);
  const charge = position.outstandingPrincipal.times(input.chargeRate.value).round(rounding);
  const gst = charge.times(input.gstRate.value).round(rounding);
  const arrears = input.arrears ?? zero;
  const excess = input.excessHeld ?? zero;
  const total = position.outstandingPrincipal.plus(accrued).plus(arrears).plus(charge).plus(gst).minus(excess).max(zero);
  return {
    asOf: input.asOf,
    outstandingPrincipal: moneyString(position.outstandingPrincipal),
    accruedInterest: moneyString(accrued),
    arrears: moneyString(arrears),
    foreclosureCharge: moneyString(charge),
    gstOnCharge: moneyString(gst),
    excessHeld: moneyString(excess),
    totalPayable: moneyString(total),
  };
}
