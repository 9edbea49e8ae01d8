import { Decimal, isDecimalString } from '../money/decimal.js';
import { parseCalendarDate, type CalendarDate } from './calendar.js';
import type { FactTypeName } from './rule-set-json.js';

/** A date read from the facts: compared by calendar day, shown as `YYYY-MM-DD`. */
export class FactDate {
  constructor(
    readonly text: string,
    readonly calendar: CalendarDate,
  ) {}

  toJSON(): string {
    return this.text;
  }
}

/** A value while a rule is evaluated. `undefined` stands for unknown (the fact is missing or invalid). */
export type Value = Decimal | string | boolean | FactDate | readonly unknown[];

/** Marks a fact that is present but has the wrong shape; it is unknown to the rules and reported. */
export const INVALID: unique symbol = Symbol('invalid fact');

/**
 * Converts a raw fact to its declared type at the boundary: numbers may arrive as JS numbers or decimal
 * strings and become Decimals here, so no rule ever computes in floats. Missing facts give undefined.
 */
export function convertFact(raw: unknown, type: FactTypeName): Value | undefined | typeof INVALID {
  if (raw === undefined || raw === null) return undefined;
  switch (type) {
    case 'decimal':
      return parseLiteralDecimal(raw) ?? INVALID;
    case 'integer': {
      const value = parseLiteralDecimal(raw);
      return value !== undefined && value.isInteger() ? value : INVALID;
    }
    case 'string':
      return typeof raw === 'string' ? raw : INVALID;
    case 'boolean':
      return typeof raw === 'boolean' ? raw : INVALID;
    case 'date':
      return (typeof raw === 'string' && parseDate(raw)) || INVALID;
    case 'list':
      return Array.isArray(raw) ? raw : INVALID;
  }
}

/** Reads a number given as a finite JS number or a decimal string; undefined otherwise. */
export function parseLiteralDecimal(raw: unknown): Decimal | undefined {
  // A JS number from JSON is taken at its shortest decimal form (0.1 stays 0.1), never its binary expansion.
  if (typeof raw === 'number') return Number.isFinite(raw) ? decimalOf(raw) : undefined;
  if (typeof raw === 'string' && isDecimalString(raw)) return new Decimal(raw);
  return undefined;
}

const SMALL: Decimal[] = [];

/**
 * A Decimal for a JS number. Small whole numbers (scores, counts, days, ages) are shared: Decimals are
 * immutable, and building one is the largest cost of evaluating a rule.
 */
export function decimalOf(value: number): Decimal {
  if (Number.isInteger(value) && value >= 0 && value < 4096) return (SMALL[value] ??= new Decimal(value));
  return new Decimal(value);
}

/** Parses a `YYYY-MM-DD` string into a FactDate; undefined when it is not a calendar date. */
export function parseDate(raw: string): FactDate | undefined {
  const calendar = parseCalendarDate(raw);
  return calendar ? new FactDate(raw, calendar) : undefined;
}

/** Reads a dotted path from a plain object. */
export function readPath(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
