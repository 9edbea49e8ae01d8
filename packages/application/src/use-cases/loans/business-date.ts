import { type LocalDate, localDate } from '@los/domain';

/** The calendar date of an instant in the business time zone (Asia/Kolkata for Indian lenders). */
export function businessDate(instant: Date, timeZone: string): LocalDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return localDate(`${get('year')}-${get('month')}-${get('day')}`);
}
