import { UTCDate } from '@date-fns/utc';
import { addMonths } from 'date-fns';
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

const DAY_MS = 86_400_000;

/** A `YYYY-MM-DD` calendar date as a UTC midnight, so date-fns never sees a local time zone. */
export function toUtc(date: LocalDate): UTCDate {
  const [y, m, d] = parts(date);
  return new UTCDate(y, m - 1, d);
}

/** Back to `YYYY-MM-DD` (read from the UTC fields, so no time zone can shift the day). */
export function fromUtc(date: Date): LocalDate {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}` as LocalDate;
}

// Day arithmetic runs on whole days since 1970-01-01 (UTC has no daylight saving, so every day is 86 400 s):
// it gives the same answers as date-fns' addDays/differenceInCalendarDays on UTCDate, several times faster
// in the schedule's hot loop.
function parts(date: LocalDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function epochDay(date: LocalDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromEpochDay(day: number): LocalDate {
  return fromUtc(new Date(day * DAY_MS));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return epochDay(to) - epochDay(from);
}

/** `date` moved by whole days. */
export function plusDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(epochDay(date) + days);
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
  switch (frequency) {
    case 'DAILY':
      return plusDays(anchor, count);
    case 'WEEKLY':
      return plusDays(anchor, 7 * count);
    case 'FORTNIGHTLY':
      return plusDays(anchor, 14 * count);
    case 'MONTHLY':
      return fromUtc(addMonths(toUtc(anchor), count));
    case 'QUARTERLY':
      return fromUtc(addMonths(toUtc(anchor), 3 * count));
  }
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((epochDay(date) + 4) % 7) + 7) % 7;
}
