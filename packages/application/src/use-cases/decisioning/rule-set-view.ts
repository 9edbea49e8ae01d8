import type { LocalDate, RuleSetStatus } from '@los/domain';
import type { StoredRuleSet } from '../../ports/rule-set-repository.js';

/** A rule set version as the API shows it; `document` only when one version is asked for. */
export interface RuleSetVersionView {
  readonly id: string;
  readonly version: number;
  readonly fingerprint: string;
  readonly status: RuleSetStatus;
  readonly productCode: string | null;
  readonly checkedOn: LocalDate | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly hasScorecard: boolean;
  readonly document?: Readonly<Record<string, unknown>>;
  readonly scorecard?: Readonly<Record<string, unknown>> | null;
}

/** The view of a stored version, with or without its documents. */
export function toRuleSetVersionView(r: StoredRuleSet, withDocument: boolean): RuleSetVersionView {
  return {
    id: r.id,
    version: r.version,
    fingerprint: r.fingerprint,
    status: r.status,
    productCode: r.productCode,
    checkedOn: r.checkedOn ?? null,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
    hasScorecard: r.scorecard !== null,
    ...(withDocument ? { document: r.document, scorecard: r.scorecard } : {}),
  };
}
