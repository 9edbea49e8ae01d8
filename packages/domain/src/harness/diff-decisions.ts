import fc from 'fast-check';
import type { LocalDate } from '../local-date.js';
import type { CompiledRuleSet } from '../rules/compiled-rule-set.js';
import type { DecisionOutcome, RuleSetRef } from '../rules/decision.js';
import { factsArbitrary, type Facts } from './facts-arbitrary.js';
import { neighbours } from './neighbours.js';

/** An application to replay: past ones from storage, or generated ones. */
export interface ReplayApplication {
  readonly id: string;
  readonly facts: unknown;
  /** The date it was (or is to be) judged on. */
  readonly asOf: LocalDate;
}

/** One application whose decision differs between the two versions. */
export interface ChangedDecision {
  readonly id: string;
  readonly before: DecisionOutcome;
  readonly after: DecisionOutcome;
  readonly reasonsBefore: readonly string[];
  readonly reasonsAfter: readonly string[];
}

/** The decisions of two versions over the same applications. */
export interface DecisionDiff {
  readonly before: RuleSetRef;
  readonly after: RuleSetRef;
  readonly total: number;
  /** Counts by `from→to`, e.g. `approved→referred`, unchanged ones included. */
  readonly transitions: Readonly<Record<string, number>>;
  readonly changed: readonly ChangedDecision[];
}

/** Replays applications through two versions of a rule set and lists every decision that would change. * @example
 * const diff = diffDecisions(active, draft, pastApplications);
 * console.log(formatDecisionDiff(diff)); // approved→declined counts and each changed application
 */
export function diffDecisions(before: CompiledRuleSet, after: CompiledRuleSet, applications: readonly ReplayApplication[]): DecisionDiff {
  const outcome = (ruleSet: CompiledRuleSet, app: ReplayApplication): JudgedOutcome => {
    const decision = ruleSet.evaluate(app.facts, { asOf: app.asOf });
    return { outcome: decision.outcome, reasons: decision.reasons.map((r) => r.code) };
  };
  const tally = tallyDecisionChanges(applications.map((app) => ({ id: app.id, before: outcome(before, app), after: outcome(after, app) })));
  return { before: before.ref, after: after.ref, total: applications.length, ...tally };
}

/** An outcome with its reason codes, as a decision gave them. */
export interface JudgedOutcome {
  readonly outcome: DecisionOutcome;
  readonly reasons: readonly string[];
}

/**
 * Counts `from→to` over pairs of outcomes of the same applications, and lists those that changed (outcome
 * or reasons), outcome changes first. `diffDecisions` compares two versions with it; a replay of stored
 * decisions compares what was decided with what a version would decide.
 * @example tallyDecisionChanges([{ id: 'l1', before: { outcome: 'approved', reasons: [] }, after: { outcome: 'referred', reasons: ['NAME_MISMATCH'] } }])
 */
export function tallyDecisionChanges(pairs: readonly { readonly id: string; readonly before: JudgedOutcome; readonly after: JudgedOutcome }[]): Pick<DecisionDiff, 'transitions' | 'changed'> {
  const transitions: Record<string, number> = {};
  const changed: ChangedDecision[] = [];
  for (const { id, before, after } of pairs) {
    const key = `${before.outcome}→${after.outcome}`;
    transitions[key] = (transitions[key] ?? 0) + 1;
    if (before.outcome !== after.outcome || before.reasons.join() !== after.reasons.join()) {
      changed.push({ id, before: before.outcome, after: after.outcome, reasonsBefore: [...before.reasons], reasonsAfter: [...after.reasons] });
    }
  }
  // Outcome changes first: they matter more than a change in the list of reasons.
  const moved = (c: ChangedDecision) => (c.before === c.after ? 1 : 0);
  changed.sort((a, b) => moved(a) - moved(b));
  return { transitions, changed };
}

/**
 * Generates reproducible applications for the facts of one or more rule sets (for a diff, pass both
 * versions so the facts either reads are generated): random ones, and variations of stored examples.
 * @example
 * const apps = generateApplications([active, draft], { asOf, count: 1000, seed: 42 });
 */
export function generateApplications(ruleSets: readonly CompiledRuleSet[], options: { readonly asOf: LocalDate; readonly count: number; readonly seed: number; readonly missing?: number }): ReplayApplication[] {
  const random = factsArbitrary(ruleSets, { asOf: options.asOf, missing: options.missing ?? 0.02 });
  // Purely random applications mostly fail several rules at once, so a change to one rule rarely shows;
  // variations of the rule sets' stored examples reach the decisions a change actually moves.
  const known = ruleSets.flatMap((r) => (r.json.examples ?? []).map((e) => e.facts as Facts));
  const arbitrary = known.length > 0 ? fc.oneof({ arbitrary: random, weight: 1 }, { arbitrary: neighbours(known, ruleSets[0]!, random), weight: 3 }) : random;
  return fc.sample(arbitrary, { seed: options.seed, numRuns: options.count }).map((facts: Facts, i) => ({ id: `gen-${i + 1}`, facts, asOf: options.asOf }));
}
