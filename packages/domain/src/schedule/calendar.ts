import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, differenceInCalendarDays, format, getDay } from 'date-fns';
import type { LocalDate } from '../local-date.js';

/**
 * How often instalments fall due.
 * @example
 * const f: Frequency = 'FORTNIGHTLY';
 */
export type Frequency = 'DAILY' | 'WEEKLY' | 'FORTNIGHTLY' | 'MONTHLY' | 'QUARTERLY';

/**
 * Every instalment frequency, for validation and for property tests.
 * @example
 * FREQUENCIES.includes('MONTHLY') // true
 */
export const FREQUENCIES: readonly Frequency[] = ['DAILY', 'WEEKLY', 'FORTNIGHTLY', 'MONTHLY', 'QUARTERLY'];

/** A `YYYY-MM-DD` calendar date as a UTC midnight, so date-fns never sees a local time zone. */
export function toUtc(date: LocalDate): UTCDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new UTCDate(y, m - 1, d);
}

/** Back to `YYYY-MM-DD`. */
export function fromUtc(date: Date): LocalDate {
  return format(new UTCDate(date.getTime()), 'yyyy-MM-dd') as LocalDate;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

/** `date` moved by whole days. */
export function plusDays(date: LocalDate, days: number): LocalDate {
  return fromUtc(addDays(toUtc(date), days));
}

/**
 * The date `count` periods after `anchor` (negative `count` goes back).
 *
 * Month-end rule: monthly and quarterly dates are always counted from the anchor, never from the
 * previous due date, and date-fns `addMonths` clamps to the last day of a shorter month. An anchor of
 * 31 January therefore gives 29 February (2024), 31 March, 30 April, 31 May: a due date clamped once
 * returns to the anchor's day as soon as the month is long enough.
 * @example
 * addPeriods(localDate('2024-01-31'), 'MONTHLY', 1) // '2024-02-29'
 */
export function addPeriods(anchor: LocalDate, frequency: Frequency, count: number): LocalDate {
  const d = toUtc(anchor);
  switch (frequency) {
    case 'DAILY':
      return fromUtc(addDays(d, count));
    case 'WEEKLY':
      return fromUtc(addDays(d, 7 * count));
    case 'FORTNIGHTLY':
      return fromUtc(addDays(d, 14 * count));
    case 'MONTHLY':
      return fromUtc(addMonths(d, count));
    case 'QUARTERLY':
      return fromUtc(addMonths(d, 3 * count));
  }
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return getDay(toUtc(date));
}
