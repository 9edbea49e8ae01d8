import type { LocalDate } from '../local-date.js';
import { Decimal } from '../money/decimal.js';
import { addPeriods, daysBetween, type Frequency } from '../schedule/calendar.js';

/** Unit periods in a year (Regulation Z Appendix J (b)(4): 12 months, 52 weeks, 365 days). */
export function unitPeriodsPerYear(unit: Frequency): number {
  return { DAILY: 365, WEEKLY: 52, FORTNIGHTLY: 26, MONTHLY: 12, QUARTERLY: 4 }[unit];
}

/** Days that make one unit period when counting a fraction (Appendix J (b)(5)(iv): a month is 30 days). */
function daysPerUnit(unit: Frequency): number {
  return { DAILY: 1, WEEKLY: 7, FORTNIGHTLY: 14, MONTHLY: 30, QUARTERLY: 90 }[unit];
}

/** The time from the advance to a payment in whole unit periods `t` and a fraction `f` of one. */
export interface UnitTime {
  readonly t: number;
  readonly f: Decimal;
}

/**
 * Counts whole unit periods back from the payment date toward the advance date, then expresses the days
 * left as a fraction of a unit period (Regulation Z Appendix J (b)(5)): a payment on the same day of the
 * month as the advance is a whole number of months away, whatever the month lengths.
 */
export function unitTime(advance: LocalDate, payment: LocalDate, unit: Frequency): UnitTime {
  const days = daysBetween(advance, payment);
  if (unit === 'DAILY' || unit === 'WEEKLY' || unit === 'FORTNIGHTLY') {
    const size = daysPerUnit(unit);
    return { t: Math.floor(days / size), f: new Decimal(days % size).div(size) };
  }
  // Start from an underestimate (no month is longer than 31 days) and count up.
  let t = Math.max(0, Math.floor(days / (unit === 'MONTHLY' ? 31 : 92)) - 1);
  while (addPeriods(payment, unit, -(t + 1)) >= advance) t++;
  const rest = daysBetween(advance, addPeriods(payment, unit, -t));
  return { t, f: new Decimal(rest).div(daysPerUnit(unit)) };
}
