import type { Decimal } from '@los/domain';

/** Refuses a value finer than its column, as the PostgreSQL adapter does (it would otherwise round). */
export function requireScale(value: Decimal, scale: number, what: string): void {
  if (value.decimalPlaces() > scale) {
    throw new RangeError(`${what} ${value.toFixed()} has more than ${scale} decimal places and cannot be stored exactly`);
  }
}
