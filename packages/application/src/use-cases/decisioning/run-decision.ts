import type { Decision, Evaluation, LocalDate } from '@los/domain';
import type { StoredEvaluation } from '../../ports/decision-repository.js';
import type { CompiledVersion } from './stored-rule-set-compiler.js';

/** The reason code a loan is rejected with when its scorecard total falls below the brand's threshold. */
export const SCORE_BELOW_THRESHOLD = 'SCORE_BELOW_THRESHOLD';

/** What the rules and the scorecard concluded, and what the loan becomes. */
export interface DecisionRun {
  readonly decision: Decision;
  readonly evaluation: Evaluation | null;
  readonly loanOutcome: 'approved' | 'declined' | 'referred';
  readonly reasonCodes: readonly string[];
}

/**
 * Runs the BRE and then, when the rules did not decline, the evaluation. A hard-rule failure or an
 * auto-reject total declines; anything else goes to a person (approved only when both say so).
 * @example
 * const run = runDecision(compiler.compile(stored), facts, asOf); // run.loanOutcome === 'declined'
 */
export function runDecision(version: CompiledVersion, facts: unknown, asOf: LocalDate): DecisionRun {
  const decision = version.rules.evaluate(facts, { asOf });
  const codes = unique(decision.reasons.map((r) => r.code));
  if (decision.outcome === 'declined' || !version.scorecard) {
    return { decision, evaluation: null, loanOutcome: decision.outcome, reasonCodes: codes };
  }
  const evaluation = version.scorecard.evaluate(facts, { asOf });
  if (evaluation.outcome === 'auto-reject') return { decision, evaluation, loanOutcome: 'declined', reasonCodes: [SCORE_BELOW_THRESHOLD] };
  const approved = decision.outcome === 'approved' && evaluation.outcome === 'auto-approve';
  return { decision, evaluation, loanOutcome: approved ? 'approved' : 'referred', reasonCodes: codes };
}

/** The evaluation as stored and shown: decimals as strings, items as JSON. */
export function storedEvaluation(evaluation: Evaluation): StoredEvaluation {
  return {
    scorecard: evaluation.scorecard,
    total: evaluation.total.toFixed(),
    outcome: evaluation.outcome,
    unscored: [...evaluation.unscored],
    items: JSON.parse(JSON.stringify(evaluation.items)) as unknown[],
  };
}

function unique(codes: readonly string[]): string[] {
  return [...new Set(codes)];
}
