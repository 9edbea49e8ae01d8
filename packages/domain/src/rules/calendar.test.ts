import { UTCDate } from '@date-fns/utc';
import { differenceInCalendarDays, differenceInMonths, addDays as addDaysFns } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, monthsBetween, parseCalendarDate, subtractYears, yearsBetween } from './calendar.js';

const day = fc.integer({ min: 0, max: 60_000 }).map((n) => addDaysFns(new UTCDate(1900, 0, 1), n).toISOString().slice(0, 10));
const parse = (s: string) => parseCalendarDate(s)!;
const utc = (s: string) => new UTCDate(`${s}T00:00:00Z`);

describe('calendar arithmetic', () => {
  it('counts days like date-fns', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(daysBetween(parse(a), parse(b))).toBe(differenceInCalendarDays(utc(b), utc(a)));
      }),
    );
  });

  it('counts whole months like date-fns except that a month ends on the same day number', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const ours = monthsBetween(parse(a), parse(b));
        // date-fns counts 31 Jan → 28 Feb as a month (month-end rule); ours waits for the day number.
        expect(Math.abs(ours - differenceInMonths(utc(b), utc(a)))).toBeLessThanOrEqual(1);
        expect(monthsBetween(parse(b), parse(a)) + ours).toBe(0);
      }),
    );
  });

  it('gives completed years of age, turning older on the birthday', () => {
    expect(yearsBetween(parse('2000-06-15'), parse('2021-06-14'))).toBe(20);
    expect(yearsBetween(parse('2000-06-15'), parse('2021-06-15'))).toBe(21);
    expect(yearsBetween(parse('2000-02-29'), parse('2021-02-28'))).toBe(20);
    expect(yearsBetween(parse('2000-02-29'), parse('2021-03-01'))).toBe(21);
    expect(subtractYears(parse('2024-02-29'), 1)).toBe('2023-02-28');
    expect(addDays(parse('2024-02-28'), 2)).toBe('2024-03-01');
  });

  it('rejects what is not a calendar date', () => {
    expect(['2025-02-29', '2025-13-01', '2025-1-01', 'abcd-ef-gh'].map(parseCalendarDate)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
