import type { LoanApplicant } from '../../ports/loan-applicant-repository.js';
import type { StaffUnavailability } from '../../ports/allocation-repository.js';
import type { StoredDecision } from '../../ports/decision-repository.js';
import type { StoredRuleSet } from '../../ports/rule-set-repository.js';

/** The row types of the decisioning tables in memory. */
export interface DecisioningRows {
  readonly ruleSet: StoredRuleSet;
  readonly decision: StoredDecision;
  readonly applicant: { readonly brandId: string; readonly loanId: string; readonly applicant: LoanApplicant };
  readonly unavailability: StaffUnavailability & { readonly brandId: string };
}

/** Deep-copies JSON-shaped data, so a stored value cannot be changed through the caller's reference. */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
