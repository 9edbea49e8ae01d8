import type { Decimal } from '@los/domain';

/**
 * The value as a plain decimal string for a `numeric(p, scale)` column. Refuses values finer than the
 * column, because PostgreSQL would round them silently.
 */
export function exactDecimal(value: Decimal, scale: number, what: string): string {
  if (value.decimalPlaces() > scale) {
    throw new RangeError(`${what} ${value.toFixed()} has more than ${scale} decimal places and cannot be stored exactly`);
  }
  return value.toFixed();
}
