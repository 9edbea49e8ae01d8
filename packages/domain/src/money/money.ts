import { DomainInvariantError } from '../errors.js';
import { Decimal, type DecimalInput, toDecimal } from './decimal.js';
import { roundDecimal, type Rounding } from './rounding.js';

/** ISO 4217 currency code. */
export type Currency = string;

/** Minor units per currency (INR has 100 paise to the rupee). */
const MINOR_DIGITS: Readonly<Record<string, number>> = { INR: 2, USD: 2, EUR: 2, JPY: 0 };

/** The number of decimal places of a currency's minor unit. */
export function minorDigits(currency: Currency): number {
  return MINOR_DIGITS[currency] ?? 2;
}

/** The JSON form of money: a decimal string and a currency, never a JS number. */
export interface MoneyJson {
  readonly amount: string;
  readonly currency: Currency;
}

/**
 * An amount of money in one currency, held as a 34-digit Decimal. Immutable. Arithmetic never rounds
 * on its own: callers round with an explicit rule at the points the credit policy defines.
 */
export class Money {
  private constructor(
    readonly amount: Decimal,
    readonly currency: Currency,
  ) {}

  /** Builds money from a decimal string such as `"1234.50"` (or a Decimal). */
  static of(amount: DecimalInput, currency: Currency = 'INR'): Money {
    return new Money(toDecimal(amount), currency);
  }

  /** Builds money from integer minor units (paise for INR). */
  static fromMinor(minor: bigint | number, currency: Currency = 'INR'): Money {
    if (typeof minor === 'number' && !Number.isSafeInteger(minor)) throw new RangeError('minor units must be a safe integer');
    return new Money(new Decimal(minor.toString()).div(new Decimal(10).pow(minorDigits(currency))), currency);
  }

  /** Zero in a currency. */
  static zero(currency: Currency = 'INR'): Money {
    return new Money(new Decimal(0), currency);
  }

  /** Sums a list of amounts of one currency. */
  static sum(items: readonly Money[], currency: Currency = 'INR'): Money {
    return items.reduce((acc, m) => acc.plus(m), Money.zero(currency));
  }

  plus(other: Money): Money {
    this.sameCurrency(other);
    return new Money(this.amount.plus(other.amount), this.currency);
  }

  minus(other: Money): Money {
    this.sameCurrency(other);
    return new Money(this.amount.minus(other.amount), this.currency);
  }

  times(factor: DecimalInput): Money {
    return new Money(this.amount.mul(toDecimal(factor)), this.currency);
  }

  dividedBy(divisor: DecimalInput): Money {
    return new Money(this.amount.div(toDecimal(divisor)), this.currency);
  }

  round(rounding: Rounding): Money {
    return new Money(roundDecimal(this.amount, rounding), this.currency);
  }

  negated(): Money {
    return new Money(this.amount.neg(), this.currency);
  }

  isZero(): boolean {
    return this.amount.isZero();
  }

  isNegative(): boolean {
    return this.amount.isNeg() && !this.amount.isZero();
  }

  isPositive(): boolean {
    return this.amount.gt(0);
  }

  compare(other: Money): -1 | 0 | 1 {
    this.sameCurrency(other);
    return this.amount.comparedTo(other.amount) as -1 | 0 | 1;
  }

  equals(other: Money): boolean {
    return this.currency === other.currency && this.amount.eq(other.amount);
  }

  lessThan(other: Money): boolean {
    return this.compare(other) < 0;
  }

  greaterThan(other: Money): boolean {
    return this.compare(other) > 0;
  }

  min(other: Money): Money {
    return this.compare(other) <= 0 ? this : other;
  }

  max(other: Money): Money {
    return this.compare(other) >= 0 ? this : other;
  }

  /** Integer minor units; throws if the amount has more precision than the currency's minor unit. */
  toMinor(): bigint {
    const scaled = this.amount.mul(new Decimal(10).pow(minorDigits(this.currency)));
    if (!scaled.isInteger()) {
      throw new DomainInvariantError('MONEY_NOT_ROUNDED', `amount ${this.amount.toString()} is finer than a minor unit`);
    }
    return BigInt(scaled.toFixed(0));
  }

  /** The amount as a plain decimal string with the currency's minor digits (`"1234.50"`). */
  toFixed(dp: number = minorDigits(this.currency)): string {
    return this.amount.toFixed(dp);
  }

  /** The exact amount as a plain decimal string, no exponent. */
  toString(): string {
    return this.amount.toFixed();
  }

  toJSON(): MoneyJson {
    return { amount: this.amount.toFixed(), currency: this.currency };
  }

  private sameCurrency(other: Money): void {
    if (other.currency !== this.currency) {
      throw new DomainInvariantError('CURRENCY_MISMATCH', `cannot combine ${this.currency} and ${other.currency}`);
    }
  }
}
