import { DomainInvariantError } from '../errors.js';
import { type LocalDate, isLocalDate } from '../local-date.js';
import { Decimal, isDecimalString } from '../money/decimal.js';
import { Money } from '../money/money.js';
import { Rate } from '../money/rate.js';
import type { Rounding, RoundingMode } from '../money/rounding.js';

/** `fees.gstPercent` → `INVALID_FEES_GST_PERCENT`: the error code names the field. */
export function invalid(field: string, message: string): DomainInvariantError {
  const code = `INVALID_${field.replace(/\[\d+\]/g, '').replace(/\./g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`;
  return new DomainInvariantError(code, `${field}: ${message}`, { field });
}

/** Reads a non-negative decimal string as money. */
export function readMoney(value: unknown, field: string, currency: string): Money {
  if (typeof value !== 'string' || !isDecimalString(value)) throw invalid(field, 'must be a decimal string such as "1000.00"');
  const m = Money.of(value, currency);
  if (m.isNegative()) throw invalid(field, 'must not be negative');
  return m;
}

/** Reads a non-negative percentage string as a rate. */
export function readPercent(value: unknown, field: string): Rate {
  if (typeof value !== 'string' || !isDecimalString(value) || value.startsWith('-')) {
    throw invalid(field, 'must be a non-negative percentage string such as "12.5"');
  }
  return Rate.percent(value);
}

/** Reads a whole number within bounds. */
export function readInt(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw invalid(field, `must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** Reads a `YYYY-MM-DD` date. */
export function readDate(value: unknown, field: string): LocalDate {
  if (typeof value !== 'string' || !isLocalDate(value)) throw invalid(field, 'must be a YYYY-MM-DD calendar date');
  return value as LocalDate;
}

/** Reads one of a fixed set of strings. */
export function readEnum<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalid(field, `must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

const MODES: readonly RoundingMode[] = ['HALF_UP', 'HALF_EVEN', 'HALF_DOWN', 'DOWN', 'UP', 'CEILING', 'FLOOR'];

/** Reads an explicit rounding rule (`{ dp, mode }` or `{ multiple, mode }`). */
export function readRounding(value: unknown, field: string): Rounding {
  if (typeof value !== 'object' || value === null) throw invalid(field, 'must be { dp, mode } or { multiple, mode }');
  const r = value as Record<string, unknown>;
  const mode = readEnum(r['mode'], `${field}.mode`, MODES);
  if ('multiple' in r) {
    const multiple = r['multiple'];
    if (typeof multiple !== 'string' || !isDecimalString(multiple) || !new Decimal(multiple).gt(0)) {
      throw invalid(`${field}.multiple`, 'must be a positive decimal string');
    }
    return { multiple, mode };
  }
  return { dp: readInt(r['dp'], `${field}.dp`, 0, 8), mode };
}

/** Reads an object (or nothing) at a field. */
export function readObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(field, 'must be an object');
  return value as Record<string, unknown>;
}
