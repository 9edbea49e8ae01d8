import type { LocalDate } from '../local-date.js';
import type { CheckTrace } from './eval-context.js';
import type { OnUnknown, RuleKind } from './rule-set-json.js';

/** The credit outcome of a rule set. A decline is data to store and show, not an error. */
export type DecisionOutcome = 'approved' | 'declined' | 'referred';

/** How one rule came out: its condition held, failed, could not be known, or the rule did not apply. */
export type RuleOutcome = 'pass' | 'fail' | 'unknown' | 'not-applicable';

/** Which rule set version decided: stored with the decision and never changed afterwards. */
export interface RuleSetRef {
  readonly id: string;
  readonly version: number;
  /** A hash of the rule set's canonical JSON, so a changed document under an old version number shows. */
  readonly fingerprint: string;
}

/** A reason code the brand defines, with the rule that raised it and why. */
export interface DecisionReason {
  readonly code: string;
  readonly ruleId: string;
  readonly kind: RuleKind;
  readonly cause: 'failed' | 'unknown';
}

/** The explanation of one rule: outcome, effect on the decision and every check it evaluated. */
export interface RuleExplanation {
  readonly ruleId: string;
  readonly kind: RuleKind;
  readonly reason: string;
  readonly onUnknown: OnUnknown;
  readonly outcome: RuleOutcome;
  readonly effect: 'none' | 'decline' | 'refer';
  readonly checks: readonly CheckTrace[];
}

/** The decision of a rule set on one application, with its reasons and full explanation. */
export interface Decision {
  readonly outcome: DecisionOutcome;
  /** The reasons that decided the outcome: hard failures when declined, referrals when referred. */
  readonly reasons: readonly DecisionReason[];
  readonly ruleSet: RuleSetRef;
  readonly asOf: LocalDate;
  /** Facts that were present but malformed; the rules treated them as unknown. */
  readonly invalidFacts: readonly string[];
  readonly explanation: readonly RuleExplanation[];
}

/** Ranks outcomes from worst to best for the applicant: declined < referred < approved. */
export const OUTCOME_RANK: Readonly<Record<DecisionOutcome, number>> = { declined: 0, referred: 1, approved: 2 };
