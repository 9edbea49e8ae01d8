import type { DecisionOutcome, DecisionReason, EvaluationOutcome, LocalDate, RuleSetRef } from '@los/domain';

/** The scorecard result kept with a decision (totals as decimal strings). */
export interface StoredEvaluation {
  readonly scorecard: { readonly id: string; readonly version: number };
  readonly total: string;
  readonly outcome: EvaluationOutcome;
  readonly unscored: readonly string[];
  /** Each item's value, band, points and weighted points, as JSON. */
  readonly items: readonly unknown[];
}

/**
 * An automated decision on one loan, kept as it was made: the rule-set version that decided it, the
 * facts it read, the reasons and the full explanation. Never changed afterwards.
 */
export interface StoredDecision {
  readonly id: string;
  readonly brandId: string;
  readonly loanId: string;
  readonly ruleSet: RuleSetRef;
  /** The rules' outcome. */
  readonly outcome: DecisionOutcome;
  readonly reasons: readonly DecisionReason[];
  /** The scorecard's verdict when the rules did not decline and the rule set has one. */
  readonly evaluation: StoredEvaluation | null;
  /** What the loan became: REJECTED or UNDER_REVIEW. */
  readonly loanStatus: 'REJECTED' | 'UNDER_REVIEW';
  /** Each rule's outcome, effect and checks, as JSON. */
  readonly explanation: readonly unknown[];
  /** The facts the engine read, as JSON (the shape the rule set's dotted paths address). */
  readonly facts: Readonly<Record<string, unknown>>;
  readonly asOf: LocalDate;
  readonly decidedAt: Date;
}

/** Decisions: insert and read only. */
export interface DecisionRepository {
  add(decision: StoredDecision): Promise<void>;
  findById(brandId: string, decisionId: string): Promise<StoredDecision | null>;
  /** The newest decision on the loan. */
  findLatestForLoan(brandId: string, loanId: string): Promise<StoredDecision | null>;
  /**
   * The newest decision of each loan the rule set (any version) decided last, newest first, at most
   * `limit`: the brand's past applications a new version can be replayed over.
   */
  listLatestByRuleSet(brandId: string, ruleSetId: string, limit: number): Promise<StoredDecision[]>;
}
