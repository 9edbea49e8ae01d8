import type { Money } from '../money/money.js';
import type { Rate } from '../money/rate.js';

/** The unit a product's tenures are counted in: salary advances run in days, personal loans in months. */
export type TenureUnit = 'DAY' | 'MONTH';

/** A processing fee: a flat amount, or a percentage of the principal (optionally bounded). */
export type ProcessingFee =
  | { readonly kind: 'FLAT'; readonly amount: Money }
  | { readonly kind: 'PERCENT'; readonly rate: Rate; readonly min?: Money; readonly max?: Money };

/** What a brand lends: its bounds, tenures, price and fee. */
export interface LoanProduct {
  readonly id: string;
  readonly brandId: string;
  readonly code: string;
  readonly name: string;
  readonly currency: string;
  readonly minAmount: Money;
  readonly maxAmount: Money;
  readonly tenureUnit: TenureUnit;
  readonly allowedTenures: readonly number[];
  /** Nominal annual interest rate. */
  readonly annualRate: Rate;
  readonly processingFee: ProcessingFee;
  readonly active: boolean;
}

/** A product rule an application breaks; `rule` is a stable code, `message` says it in words. */
export interface ProductRuleViolation {
  readonly rule: 'AMOUNT_BELOW_MINIMUM' | 'AMOUNT_ABOVE_MAXIMUM' | 'TENURE_NOT_ALLOWED' | 'CURRENCY_MISMATCH' | 'PRODUCT_INACTIVE';
  readonly field: 'amount' | 'tenure' | 'productId';
  readonly message: string;
}

/**
 * Checks a requested amount and tenure against a product's bounds.
 * @returns every rule broken, empty when the request fits the product.
 * @example
 * checkAgainstProduct(product, Money.of('500'), 30) // [{ rule: 'AMOUNT_BELOW_MINIMUM', ... }] when min is 1000
 */
export function checkAgainstProduct(product: LoanProduct, amount: Money, tenure: number): ProductRuleViolation[] {
  const violations: ProductRuleViolation[] = [];
  if (!product.active) {
    violations.push({ rule: 'PRODUCT_INACTIVE', field: 'productId', message: `product ${product.code} is not open for applications` });
  }
  if (amount.currency !== product.currency) {
    violations.push({ rule: 'CURRENCY_MISMATCH', field: 'amount', message: `product ${product.code} lends in ${product.currency}` });
    return violations;
  }
  if (amount.lessThan(product.minAmount)) {
    violations.push({ rule: 'AMOUNT_BELOW_MINIMUM', field: 'amount', message: `amount must be at least ${product.minAmount.toFixed()}` });
  }
  if (amount.greaterThan(product.maxAmount)) {
    violations.push({ rule: 'AMOUNT_ABOVE_MAXIMUM', field: 'amount', message: `amount must be at most ${product.maxAmount.toFixed()}` });
  }
  if (!product.allowedTenures.includes(tenure)) {
    violations.push({
      rule: 'TENURE_NOT_ALLOWED',
      field: 'tenure',
      message: `tenure must be one of ${product.allowedTenures.join(', ')} ${product.tenureUnit === 'DAY' ? 'days' : 'months'}`,
    });
  }
  return violations;
}
