import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One field of a bad request: where it is (`body.amount.amount`) and what is wrong with it. */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

/** The one error shape every failure answers with (shared/DESIGN.md §9). */
export interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly details?: unknown;
  readonly requestId: string;
}

/** An error that already knows its HTTP answer. Thrown inside handlers, rendered by `onError`. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly error: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Renders an error body with the request id. */
export function errorResponse(c: Context, status: ContentfulStatusCode, error: string, message: string, details?: unknown): Response {
  const body: ErrorBody = { statusCode: status, error, message, ...(details === undefined ? {} : { details }), requestId: requestIdOf(c) };
  return c.json(body, status);
}

/** The request id of this request ('unknown' only before the request-id middleware ran). */
export function requestIdOf(c: Context): string {
  return (c.get('requestId' as never) as string | undefined) ?? 'unknown';
}

/** Status and error name for each use-case error code. Codes not listed are bugs and answer 500. */
const STATUS_BY_CODE: Readonly<Record<string, ContentfulStatusCode>> = {
  FORBIDDEN: 403,
  BRAND_NOT_FOUND: 404,
  LOAN_NOT_FOUND: 404,
  PRODUCT_NOT_FOUND: 404,
  BRAND_CODE_TAKEN: 409,
  EMAIL_TAKEN: 409,
  PRODUCT_CODE_DUPLICATED: 409,
  PRODUCT_INVALID: 422,
  PRODUCT_RULES_VIOLATED: 422,
  RATE_LIMITED: 429,
  OTP_NOT_DELIVERED: 502,
  PROVIDER_UNAVAILABLE: 502,
  OTP_EXPIRED: 401,
  OTP_INVALID: 401,
  OTP_ATTEMPTS_EXCEEDED: 429,
  INVALID_CREDENTIALS: 401,
  RULE_SET_NOT_FOUND: 404,
  RULE_SET_VERSION_EXISTS: 409,
  RULE_SET_INVALID: 422,
  RULE_SET_NOT_A_DRAFT: 409,
  RULE_SET_NOT_CHECKED: 409,
  DECISION_NOT_FOUND: 404,
  STAFF_NOT_FOUND: 404,
  INVALID_RATING: 400,
  ACTION_NOT_PERMITTED: 403,
  TRANSITION_REFUSED: 409,
  REJECTION_REASON_UNKNOWN: 422,
  INVALID_AMOUNTS: 422,
  EMPTY_COMMENT: 422,
  CAM_NOT_FOUND: 404,
  CUSTOMER_NOT_FOUND: 404,
  KYC_CHECK_FAILED: 422,
  KYC_NAME_NOT_VERIFIED: 422,
  AADHAAR_OTP_NOT_FOUND: 404,
  KYC_SETTINGS_INVALID: 422,
  KYC_INCOMPLETE: 422,
  BLOCKLIST_VALUE_INVALID: 400,
  BLOCKLIST_ENTRY_EXISTS: 409,
  BLOCKLIST_ENTRY_NOT_FOUND: 404,
  PAYMENT_NOT_FOUND: 404,
  DUPLICATE_UTR: 409,
  PAYMENT_ALREADY_DECIDED: 409,
  MAKER_IS_CHECKER: 403,
  BANK_ACCOUNT_NOT_VERIFIED: 422,
  LOAN_NOT_DISBURSED: 422,
  LOAN_NOT_IN_REPAYMENT: 422,
  NOTHING_TO_PAY: 422,
  CURRENCY_MISMATCH: 422,
  RECEIVED_IN_FUTURE: 422,
  WAIVER_EXCEEDS_BALANCE: 422,
  PAYMENT_NOT_POSTED: 409,
  EXCESS_ALREADY_APPLIED: 422,
  PROVIDER_ORDER_INVALID: 400,
  PROVIDER_NOT_CONFIGURED: 422,
  PROVIDER_NONE_ACTIVE: 422,
};

const MESSAGES: Readonly<Record<string, string>> = {
  FORBIDDEN: 'you may not do this',
  BRAND_NOT_FOUND: 'brand not found',
  LOAN_NOT_FOUND: 'loan not found',
  PRODUCT_NOT_FOUND: 'product not found',
  BRAND_CODE_TAKEN: 'a brand with this code exists',
  EMAIL_TAKEN: 'a user with this e-mail exists',
  PRODUCT_CODE_DUPLICATED: 'two products share a code',
  PRODUCT_INVALID: 'a product is invalid',
  PRODUCT_RULES_VIOLATED: "the application breaks the product's rules",
  RATE_LIMITED: 'too many requests; try again later',
  OTP_NOT_DELIVERED: 'the code could not be sent to this number; check it or try again later',
  PROVIDER_UNAVAILABLE: 'the provider could not be reached or failed; nothing was recorded, try again later (details name the capability)',
  OTP_EXPIRED: 'the code has expired or was never sent; request a new one',
  OTP_INVALID: 'the code is wrong',
  OTP_ATTEMPTS_EXCEEDED: 'too many wrong codes; request a new one',
  INVALID_CREDENTIALS: 'e-mail or password is wrong',
  RULE_SET_NOT_FOUND: 'rule set version not found',
  RULE_SET_VERSION_EXISTS: 'this rule set version exists; draft a new version number',
  RULE_SET_INVALID: 'the rule set does not compile; details list each problem with its rule and path',
  RULE_SET_NOT_A_DRAFT: 'only a draft can be checked',
  RULE_SET_NOT_CHECKED: 'only a version checked by the harness can be activated',
  DECISION_NOT_FOUND: 'no automated decision was made on this loan',
  STAFF_NOT_FOUND: 'no such member of staff on this brand',
  INVALID_RATING: 'a rating is a decimal from 0 to 5 with at most one decimal place',
  ACTION_NOT_PERMITTED: 'you may not take this step on this loan (role, sanction limit, or you recommended it); details give the reason',
  TRANSITION_REFUSED: 'the loan is not in a state that allows this step; details give the reason',
  REJECTION_REASON_UNKNOWN: 'the brand defines no such rejection reason',
  INVALID_AMOUNTS: 'one to three salary credits and any obligations, as decimal strings',
  EMPTY_COMMENT: 'a comment needs some text',
  CAM_NOT_FOUND: 'no appraisal was saved for this loan',
  CUSTOMER_NOT_FOUND: 'customer not found',
  KYC_CHECK_FAILED: 'the check did not verify (the provider said no, or the names do not match closely enough); details give the step and result',
  KYC_NAME_NOT_VERIFIED: 'verify your PAN or Aadhaar first: this step compares names with the verified one',
  AADHAAR_OTP_NOT_FOUND: 'no Aadhaar OTP with this reference is awaited; request a new OTP',
  KYC_SETTINGS_INVALID: 'the KYC settings cannot apply; details list each problem',
  KYC_INCOMPLETE: 'the customer has not verified every KYC step the brand requires; details list the missing steps',
  BLOCKLIST_VALUE_INVALID: 'the value is not well formed for its kind; details say what it must be',
  BLOCKLIST_ENTRY_EXISTS: 'the brand lists this value already',
  BLOCKLIST_ENTRY_NOT_FOUND: 'no such blocklist entry on this brand',
  PAYMENT_NOT_FOUND: 'no such manual payment on this brand',
  DUPLICATE_UTR: 'a payment with this UTR is recorded for the brand already',
  PAYMENT_ALREADY_DECIDED: 'this payment was approved or rejected already',
  MAKER_IS_CHECKER: 'a payment must be approved or rejected by someone other than the person who entered it',
  BANK_ACCOUNT_NOT_VERIFIED: 'the customer has no verified bank account to pay the loan into',
  LOAN_NOT_DISBURSED: 'the loan is not disbursed yet, so it has no repayment schedule',
  LOAN_NOT_IN_REPAYMENT: 'the loan is not in repayment (ACTIVE or OVERDUE)',
  NOTHING_TO_PAY: 'nothing is due on this loan now',
  CURRENCY_MISMATCH: "the payment's currency is not the loan's",
  RECEIVED_IN_FUTURE: 'a payment cannot be received after today',
  WAIVER_EXCEEDS_BALANCE: 'more is waived than the loan owes in that bucket',
  PAYMENT_NOT_POSTED: 'only a posted payment can bounce',
  EXCESS_ALREADY_APPLIED: 'the excess this payment created was applied to dues since',
  PROVIDER_ORDER_INVALID: 'the provider order is not well formed; details name the field',
  PROVIDER_NOT_CONFIGURED: 'this deployment has no credentials for the provider; details name it and list the available ones',
  PROVIDER_NONE_ACTIVE: 'at least one provider of the order must be active',
};

/** Turns a use case's error value into its HTTP error. */
export function useCaseError(error: { readonly code: string } & Readonly<Record<string, unknown>>): HttpError {
  const status = STATUS_BY_CODE[error.code];
  if (status === undefined) return new HttpError(500, 'INTERNAL', `unmapped use-case error ${error.code}`);
  const { code, ...rest } = error;
  const message = code === 'PRODUCT_RULES_VIOLATED' ? describeViolations(rest) : (MESSAGES[code] ?? code);
  return new HttpError(status, code, message, Object.keys(rest).length > 0 ? rest : undefined);
}

function describeViolations(rest: Readonly<Record<string, unknown>>): string {
  const violations = rest['violations'] as readonly { rule: string; message: string }[] | undefined;
  if (!violations?.length) return MESSAGES['PRODUCT_RULES_VIOLATED']!;
  return violations.map((v) => `${v.rule}: ${v.message}`).join('; ');
}

/** Status for invariant codes the domain throws (DomainInvariantError): conflicts of state are 409. */
export function statusForInvariant(code: string): ContentfulStatusCode {
  return code.startsWith('LOAN_NOT_') || code.endsWith('_CONFLICT') ? 409 : 422;
}
