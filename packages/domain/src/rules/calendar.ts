/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, done on whole numbers so it is exact and fast.
 * Conventions (stated because credit policies depend on them):
 * - days since: calendar days between the two dates;
 * - months since: whole months elapsed; a month is complete when the day of month is reached again
 *   (31 January to 28 February is 0 months), and the same applies to years;
 * - someone born on 29 February turns a year older on 1 March in non-leap years.
 */

/** A parsed calendar date. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Days since 1970-01-01. */
  readonly epochDay: number;
}

const DAY_MS = 86_400_000;

/** Parses a `YYYY-MM-DD` string; undefined when it is not a real calendar date. */
export function parseCalendarDate(value: string): CalendarDate | undefined {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, epochDay: Date.UTC(year, month - 1, day) / DAY_MS };
}

// Reads ASCII digits without slicing strings (dates are parsed for every fact of every evaluation).
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** Calendar days from `from` to `to` (negative when `from` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return to.epochDay - from.epochDay;
}

/** Whole months elapsed from `from` to `to`. */
export function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  const raw = (to.year - from.year) * 12 + (to.month - from.month);
  if (raw > 0 && to.day < from.day) return raw - 1;
  if (raw < 0 && to.day > from.day) return raw + 1;
  return raw;
}

/** Whole years elapsed from `from` to `to` (age in completed years when `from` is a date of birth). */
export function yearsBetween(from: CalendarDate, to: CalendarDate): number {
  const months = monthsBetween(from, to);
  return months < 0 ? -Math.floor(-months / 12) : Math.floor(months / 12);
}

/** The date `days` after `date` (before, when negative), as `YYYY-MM-DD`. */
export function addDays(date: CalendarDate, days: number): string {
  return new Date((date.epochDay + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The date `years` whole years before `date`, clamped to the month's end (29 February → 28 February). */
export function subtractYears(date: CalendarDate, years: number): string {
  return subtractMonths(date, years * 12);
}

/** The date `months` whole months before `date`, clamped to the month's end (31 March → 28/29 February). */
export function subtractMonths(date: CalendarDate, months: number): string {
  const total = date.year * 12 + (date.month - 1) - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(date.day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
