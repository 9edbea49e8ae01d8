import type { DecisionOutcome, RuleOutcome, RuleSetRef } from '../rules/decision.js';
import type { Facts } from './facts-arbitrary.js';

/** What a harness check found. */
export type FindingCode =
  | 'EXAMPLE_MISMATCH'
  | 'MONOTONICITY_VIOLATED'
  | 'UNKNOWN_APPROVED'
  | 'WITHHELD_FACT_APPROVED'
  | 'BOUNDARY_MISMATCH'
  | 'CONTRADICTORY_PAIR'
  | 'RULE_ALWAYS_FIRES'
  | 'RULE_CANNOT_FIRE'
  | 'RULE_NEVER_FIRED'
  | 'RULE_NEVER_APPLIED'
  | 'NEVER_APPROVED'
  | 'THRESHOLD_WITHOUT_EFFECT';

/** One finding: errors fail a check; warnings and notes are for the author to read. */
export interface Finding {
  readonly severity: 'error' | 'warning' | 'note';
  readonly code: FindingCode;
  readonly ruleIds: readonly string[];
  readonly message: string;
  /** A (shrunk) application that shows the problem, when there is one. */
  readonly counterexample?: Facts;
}

/** How often each rule came out each way over the generated applications. */
export interface RuleCoverage {
  readonly ruleId: string;
  readonly counts: Readonly<Record<RuleOutcome, number>>;
}

/** One probe of a threshold: the value tried, what the check should say, and what it said. */
export interface BoundaryCase {
  readonly ruleId: string;
  readonly check: string;
  readonly fact: string;
  /** The value given to the fact (a date for date measures). */
  readonly input: string;
  readonly expected: boolean;
  readonly actual: 'true' | 'false' | 'unknown' | 'not-evaluated';
  readonly ruleOutcome: RuleOutcome;
}

/** The result of checking a rule set. */
export interface RuleSetReport {
  readonly ruleSet: RuleSetRef;
  /** True when no finding is an error. */
  readonly ok: boolean;
  readonly findings: readonly Finding[];
  readonly samples: number;
  readonly outcomes: Readonly<Record<DecisionOutcome, number>>;
  readonly coverage: readonly RuleCoverage[];
  readonly boundaries: readonly BoundaryCase[];
  readonly seed: number;
}
