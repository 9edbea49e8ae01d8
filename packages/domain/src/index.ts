// Public API of @los/domain. Named exports only; each area keeps its own section.

// --- core ---
export { type Result, ok, err } from './result.js';
export { DomainInvariantError } from './errors.js';
export type { DomainEvent } from './domain-event.js';
export { type LocalDate, localDate, isLocalDate } from './local-date.js';

// --- money (base) ---
export { Decimal, type DecimalInput, toDecimal, isDecimalString } from './money/decimal.js';
export { type Rounding, type RoundingMode, roundDecimal } from './money/rounding.js';
export { Money, type MoneyJson, type Currency, minorDigits } from './money/money.js';
export { Rate } from './money/rate.js';

// --- product and loan lifecycle ---
export {
  type LoanProduct,
  type ProcessingFee,
  type ProductRuleViolation,
  type TenureUnit,
  checkAgainstProduct,
  processingFeeFor,
} from './product/loan-product.js';
export { type LoanStatus, LOAN_STATUSES } from './loan/loan-status.js';
export { Loan, type LoanSnapshot, type LoanApplicationRequest } from './loan/loan.js';

// --- calculators (money extensions, schedule, APR, KFS, underwriting, servicing) ---

// --- decisioning (rules, evaluation, allocation, harness) ---
