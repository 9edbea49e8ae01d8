import { Decimal, type DecimalInput, toDecimal } from './decimal.js';

/**
 * An interest (or fee) rate, held as a fraction: 12% a year is `Rate.percent("12")` and its `value` is 0.12.
 * Never a JS float.
 */
export class Rate {
  private constructor(readonly value: Decimal) {}

  /** A rate from a percentage string: `Rate.percent("12.5")` is 12.5%. */
  static percent(percent: DecimalInput): Rate {
    return new Rate(toDecimal(percent).div(100));
  }

  /** A rate from a fraction string: `Rate.fraction("0.125")` is 12.5%. */
  static fraction(fraction: DecimalInput): Rate {
    return new Rate(toDecimal(fraction));
  }

  /** The rate as a percentage Decimal (0.125 → 12.5). */
  toPercent(): Decimal {
    return this.value.mul(100);
  }

  isZero(): boolean {
    return this.value.isZero();
  }

  /** The percentage as a plain decimal string (`"12.5"`). */
  toString(): string {
    return this.toPercent().toFixed();
  }

  toJSON(): string {
    return this.toString();
  }
}

export { Decimal };
