import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The one Decimal constructor of LOS: 34 significant digits (IEEE 754 decimal128), never a global
 * `Decimal.set`. Every amount, rate and ratio in the domain is an instance of this clone.
 */
export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;

/** A value that can be turned into a Decimal without passing through a JS float. */
export type DecimalInput = Decimal | string | bigint;

const DECIMAL_STRING = /^-?(?:\d+)(?:\.\d+)?$/;

/** Builds a Decimal from a decimal string (`"1234.50"`), a bigint or another Decimal. */
export function toDecimal(value: DecimalInput): Decimal {
  if (typeof value === 'string') {
    if (!DECIMAL_STRING.test(value)) throw new TypeError(`not a decimal string: "${value}"`);
    return new Decimal(value);
  }
  if (typeof value === 'bigint') return new Decimal(value.toString());
  return value;
}

/** True when the string is a plain decimal number such as `"12"`, `"-0.5"` or `"1234.56"`. */
export function isDecimalString(value: string): boolean {
  return DECIMAL_STRING.test(value);
}
