import { getDaysInYear } from 'date-fns';
import type { LocalDate } from '../local-date.js';
import { Decimal } from '../money/decimal.js';
import { daysBetween, toUtc } from './calendar.js';

/**
 * Day-count conventions (ISDA 2006 §4.16 names): 30/360 (US/Bond basis), ACT/365 Fixed, ACT/ACT (ISDA)
 * and ACT/360.
 * @example
 * const convention: DayCount = 'ACT/365';
 */
export type DayCount = '30/360' | 'ACT/365' | 'ACT/ACT' | 'ACT/360';

/**
 * Every day-count convention, for validation and for property tests.
 * @example
 * DAY_COUNTS.includes('30/360') // true
 */
export const DAY_COUNTS: readonly DayCount[] = ['30/360', 'ACT/365', 'ACT/ACT', 'ACT/360'];

/**
 * Days from `from` to `to` as the convention counts them (30/360 counts every month as 30 days).
 * @example
 * dayCountDays(localDate('2024-01-31'), localDate('2024-02-29'), '30/360') // 29
 */
export function dayCountDays(from: LocalDate, to: LocalDate, convention: DayCount): number {
  if (convention !== '30/360') return daysBetween(from, to);
  const [y1, m1, d1Raw] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2Raw] = to.split('-').map(Number) as [number, number, number];
  // 30/360 US (bond basis): a 31st becomes the 30th; the end 31st only when the start is the 30th or 31st.
  const d1 = Math.min(d1Raw, 30);
  const d2 = d2Raw === 31 && d1 === 30 ? 30 : d2Raw;
  return 360 * (y2 - y1) + 30 * (m2 - m1) + (d2 - d1);
}

/** The nominal days in a year the convention divides by (ACT/ACT has no single one: 365). */
export function daysInYearBasis(convention: DayCount): number {
  return convention === '30/360' || convention === 'ACT/360' ? 360 : 365;
}

/**
 * The fraction of a year between two dates. ACT/ACT (ISDA) splits the span at each 1 January and divides
 * the days in a leap year by 366 and the others by 365.
 * @example
 * yearFraction(localDate('2023-01-01'), localDate('2023-07-02'), 'ACT/365').toFixed(4) // '0.4986'
 */
export function yearFraction(from: LocalDate, to: LocalDate, convention: DayCount): Decimal {
  if (convention === 'ACT/ACT') {
    let total = new Decimal(0);
    let cursor = from;
    const endYear = Number(to.slice(0, 4));
    for (let y = Number(from.slice(0, 4)); y <= endYear && cursor < to; y++) {
      const nextJan1 = `${y + 1}-01-01` as LocalDate;
      const segmentEnd = nextJan1 < to ? nextJan1 : to;
      const inYear = getDaysInYear(toUtc(cursor));
      total = total.plus(new Decimal(daysBetween(cursor, segmentEnd)).div(inYear));
      cursor = segmentEnd;
    }
    return total;
  }
  return new Decimal(dayCountDays(from, to, convention)).div(daysInYearBasis(convention));
}
