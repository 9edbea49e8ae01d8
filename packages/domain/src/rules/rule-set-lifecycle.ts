import type { LocalDate } from '../local-date.js';
import { err, ok, type Result } from '../result.js';
import type { CompiledRuleSet } from './compiled-rule-set.js';
import type { RuleSetRef } from './decision.js';

/** Where a version of a brand's rule set is in its life: drafted, checked by the harness, active, retired. */
export type RuleSetStatus = 'draft' | 'checked' | 'active' | 'retired';

/** The record the application stores for one version; the rule set document itself never changes. */
export interface RuleSetVersion extends RuleSetRef {
  readonly status: RuleSetStatus;
  /** The business date of the passing harness check. */
  readonly checkedOn?: LocalDate;
}

/** Why a lifecycle step was refused. */
export type RuleSetLifecycleError =
  | { readonly code: 'NOT_A_DRAFT'; readonly status: RuleSetStatus }
  | { readonly code: 'CHECK_FAILED'; readonly errors: number }
  | { readonly code: 'REPORT_FOR_OTHER_CONTENT'; readonly expected: string; readonly got: string }
  | { readonly code: 'VERSION_NOT_FOUND'; readonly version: number }
  | { readonly code: 'NOT_CHECKED'; readonly status: RuleSetStatus };

/** The part of a harness report a lifecycle step needs. */
export interface CheckOutcome {
  readonly ruleSet: RuleSetRef;
  readonly ok: boolean;
  readonly findings: readonly { readonly severity: string }[];
}

/**
 * Starts the record of a new version as a draft.
 * @example
 * const record = draftRuleSetVersion(compiled); // { id, version, fingerprint, status: 'draft' }
 */
export function draftRuleSetVersion(ruleSet: CompiledRuleSet): RuleSetVersion {
  return { ...ruleSet.ref, status: 'draft' };
}

/**
 * Marks a draft checked by a passing harness report made on exactly its content (same fingerprint).
 * @example
 * const checked = recordRuleSetCheck(draft, checkRuleSet(compiled, { asOf }), asOf);
 */
export function recordRuleSetCheck(version: RuleSetVersion, report: CheckOutcome, on: LocalDate): Result<RuleSetVersion, RuleSetLifecycleError> {
  if (version.status !== 'draft') return err({ code: 'NOT_A_DRAFT', status: version.status });
  if (report.ruleSet.fingerprint !== version.fingerprint || report.ruleSet.id !== version.id) {
    return err({ code: 'REPORT_FOR_OTHER_CONTENT', expected: version.fingerprint, got: report.ruleSet.fingerprint });
  }
  if (!report.ok) return err({ code: 'CHECK_FAILED', errors: report.findings.filter((f) => f.severity === 'error').length });
  return ok({ ...version, status: 'checked', checkedOn: on });
}

/**
 * Activates a checked version of one rule set and retires the version that was active; only one version
 * is active at a time. Returns the updated records (the caller stores them in one transaction).
 * @example
 * const next = activateRuleSetVersion(brandVersions, 2);
 */
export function activateRuleSetVersion(versions: readonly RuleSetVersion[], version: number): Result<RuleSetVersion[], RuleSetLifecycleError> {
  const target = versions.find((v) => v.version === version);
  if (!target) return err({ code: 'VERSION_NOT_FOUND', version });
  if (target.status !== 'checked') return err({ code: 'NOT_CHECKED', status: target.status });
  return ok(
    versions.map((v): RuleSetVersion => {
      if (v === target) return { ...v, status: 'active' };
      if (v.id === target.id && v.status === 'active') return { ...v, status: 'retired' };
      return v;
    }),
  );
}
