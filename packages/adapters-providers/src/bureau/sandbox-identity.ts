import { type LocalDate, localDate } from '@los/domain';

/**
 * The scenario of a sandbox PAN: its first three letters (`LOWPE1234F` → `LOW`). The fourth letter stays
 * free for the holder type, so every sandbox identity is also a well-formed PAN (`P` for a person).
 */
export function scenarioOf(pan: string): string {
  return pan.slice(0, 3).toUpperCase();
}

/** The four digits of a PAN as a number (0 when absent): a stable seed for the sandbox's figures. */
export function seedOf(pan: string): number {
  const digits = /^[A-Z]{5}(\d{4})[A-Z]$/i.exec(pan)?.[1];
  return digits ? Number.parseInt(digits, 10) : 0;
}

/** The calendar date `days` before `date`, on UTC epoch days (no time zone can shift it). */
export function daysBefore(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return localDate(new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10));
}
