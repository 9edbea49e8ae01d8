import type { StoredDecision } from '../../ports/decision-repository.js';

/** A stored decision as staff see it: outcome, reasons, rule-set version, scorecard, explanation and facts. */
export interface DecisionView {
  readonly id: string;
  readonly loanId: string;
  readonly ruleSet: { readonly id: string; readonly version: number; readonly fingerprint: string };
  readonly outcome: StoredDecision['outcome'];
  readonly loanStatus: StoredDecision['loanStatus'];
  readonly reasons: StoredDecision['reasons'];
  readonly evaluation: StoredDecision['evaluation'];
  readonly explanation: readonly unknown[];
  readonly facts: Readonly<Record<string, unknown>>;
  readonly asOf: string;
  readonly decidedAt: string;
}

/** Turns a stored decision into its view. */
export function toDecisionView(d: StoredDecision): DecisionView {
  return {
    id: d.id,
    loanId: d.loanId,
    ruleSet: { id: d.ruleSet.id, version: d.ruleSet.version, fingerprint: d.ruleSet.fingerprint },
    outcome: d.outcome,
    loanStatus: d.loanStatus,
    reasons: d.reasons,
    evaluation: d.evaluation,
    explanation: d.explanation,
    facts: d.facts,
    asOf: d.asOf,
    decidedAt: d.decidedAt.toISOString(),
  };
}
