import fc from 'fast-check';
import type { LocalDate } from '../local-date.js';
import { parseLiteralDecimal } from '../rules/fact-value.js';
import type { CompiledRuleSet } from '../rules/compiled-rule-set.js';
import { OUTCOME_RANK, type DecisionOutcome, type RuleOutcome } from '../rules/decision.js';
import { probeThresholds, type Base } from './boundary-cases.js';
import { factsArbitrary, setPath, type Facts } from './facts-arbitrary.js';
import { analyseIntervals } from './intervals.js';
import type { Finding, RuleCoverage, RuleSetReport } from './report.js';
import { findThresholds } from './thresholds.js';
import { neighbours, readFact } from './neighbours.js';

/** Options of a rule-set check. Runs are reproducible: the same seed gives the same report. */
export interface CheckRuleSetOptions {
  readonly asOf: LocalDate;
  readonly seed?: number;
  /** Generated applications per property (default 300). */
  readonly runs?: number;
}

/**
 * Verifies a rule set with property checks: its stored examples, declared monotonicity, that unknown
 * facts never approve and withholding a fact never turns a decision into an approval, boundary probes
 * around every threshold, rules that never fire or never apply, rules that always fire and
 * contradictory pairs. Counterexamples are shrunk by fast-check.
 * @example
 * const report = checkRuleSet(compiled, { asOf: localDate('2026-06-15'), seed: 1, runs: 300 });
 * console.log(formatRuleSetReport(report)); // findings, rule coverage, boundary cases
 */
export function checkRuleSet(ruleSet: CompiledRuleSet, options: CheckRuleSetOptions): RuleSetReport {
  const seed = options.seed ?? 20_260_101;
  const runs = options.runs ?? 300;
  const asOf = options.asOf;
  const findings: Finding[] = [];
  const examples = ruleSet.json.examples ?? [];
  for (const example of examples) {
    const decision = ruleSet.evaluate(example.facts, { asOf: example.asOf as LocalDate });
    if (decision.outcome !== example.expect) {
      findings.push({ severity: 'error', code: 'EXAMPLE_MISMATCH', ruleIds: decision.reasons.map((r) => r.ruleId), message: `example "${example.name}" expected ${example.expect}, got ${decision.outcome} (${decision.reasons.map((r) => r.code).join(', ') || 'no reasons'})` });
    }
  }
  const random = factsArbitrary(ruleSet, { asOf });
  // Around each stored example, vary one to three facts at a time: this reaches rules a purely random
  // application rarely gets to (most random applications fail several rules at once).
  const near = examples.length > 0 ? neighbours(examples.map((e) => e.facts as Facts), ruleSet, random) : random;
  const apps = fc.oneof(random, near);

  const samples = fc.sample(apps, { seed, numRuns: runs * 2 });
  const outcomes: Record<DecisionOutcome, number> = { approved: 0, declined: 0, referred: 0 };
  const tallies = new Map(ruleSet.rules.map((r) => [r.id, { pass: 0, fail: 0, unknown: 0, 'not-applicable': 0 } as Record<RuleOutcome, number>]));
  for (const facts of samples) {
    const decision = ruleSet.evaluate(facts, { asOf });
    outcomes[decision.outcome]++;
    for (const rule of decision.explanation) tallies.get(rule.ruleId)![rule.outcome]++;
  }
  const coverage: RuleCoverage[] = [...tallies].map(([ruleId, counts]) => ({ ruleId, counts }));
  for (const { ruleId, counts } of coverage) {
    if (counts['not-applicable'] === samples.length) findings.push({ severity: 'warning', code: 'RULE_NEVER_APPLIED', ruleIds: [ruleId], message: `${ruleId} did not apply to any of ${samples.length} generated applications` });
    else if (counts.fail === 0) findings.push({ severity: 'warning', code: 'RULE_NEVER_FIRED', ruleIds: [ruleId], message: `${ruleId} never failed on ${samples.length} generated applications` });
  }
  if (outcomes.approved === 0) findings.push({ severity: 'warning', code: 'NEVER_APPROVED', ruleIds: [], message: `none of ${samples.length} generated applications was approved${examples.length ? '' : '; add an approved example to explore around it'}` });

  findings.push(...checkMonotonicity(ruleSet, apps, asOf, seed, runs));
  findings.push(...checkUnknowns(ruleSet, asOf, seed, runs, examples.length > 0 ? near : random));
  const { thresholds } = findThresholds(ruleSet);
  const bases: Base[] = examples.length > 0 ? examples.map((e) => ({ facts: e.facts as Facts, asOf: e.asOf as LocalDate })) : samples.slice(0, 3).map((facts) => ({ facts, asOf }));
  const probed = probeThresholds(ruleSet, thresholds, bases);
  findings.push(...probed.findings, ...analyseIntervals(ruleSet));
  const order = { error: 0, warning: 1, note: 2 };
  findings.sort((a, b) => order[a.severity] - order[b.severity]);
  return { ruleSet: ruleSet.ref, ok: !findings.some((f) => f.severity === 'error'), findings, samples: samples.length, outcomes, coverage, boundaries: probed.cases, seed };
}

function checkMonotonicity(ruleSet: CompiledRuleSet, apps: fc.Arbitrary<Facts>, asOf: LocalDate, seed: number, runs: number): Finding[] {
  const findings: Finding[] = [];
  for (const decl of ruleSet.schema.values()) {
    if (decl.type === 'list' || !decl.monotonic) continue;
    const better = decl.monotonic === 'higher-is-better' ? 1 : -1;
    let witness: { facts: Facts; from: string; to: string; before: DecisionOutcome; after: DecisionOutcome } | undefined;
    const details = fc.check(
      fc.property(apps, apps, (app, other) => {
        const a = parseLiteralDecimal(readFact(app, decl.path));
        const b = parseLiteralDecimal(readFact(other, decl.path));
        if (!a || !b) return true;
        const [worse, improved] = a.cmp(b) * better <= 0 ? [a, b] : [b, a];
        const low = structuredClone(app);
        setPath(low, decl.path, worse.toFixed());
        const high = structuredClone(app);
        setPath(high, decl.path, improved.toFixed());
        const before = ruleSet.evaluate(low, { asOf }).outcome;
        const after = ruleSet.evaluate(high, { asOf }).outcome;
        if (OUTCOME_RANK[after] >= OUTCOME_RANK[before]) return true;
        witness = { facts: low, from: worse.toFixed(), to: improved.toFixed(), before, after };
        return false;
      }),
      { seed, numRuns: runs },
    );
    if (details.failed && witness) {
      const w: typeof witness = witness;
      findings.push({ severity: 'error', code: 'MONOTONICITY_VIOLATED', ruleIds: [], message: `${decl.path} is declared ${decl.monotonic}, but moving it from ${w.from} to ${w.to} turned ${w.before} into ${w.after}`, counterexample: w.facts });
    }
  }
  return findings;
}

function checkUnknowns(ruleSet: CompiledRuleSet, asOf: LocalDate, seed: number, runs: number, base: fc.Arbitrary<Facts>): Finding[] {
  const findings: Finding[] = [];
  const sparse = factsArbitrary(ruleSet, { asOf, missing: 0.3 });
  const unknownApproved = fc.check(
    fc.property(sparse, (facts) => {
      const decision = ruleSet.evaluate(facts, { asOf });
      return !(decision.outcome === 'approved' && decision.explanation.some((r) => r.outcome === 'unknown'));
    }),
    { seed, numRuns: runs },
  );
  if (unknownApproved.failed) findings.push({ severity: 'error', code: 'UNKNOWN_APPROVED', ruleIds: [], message: 'an application with an unknown rule was approved', counterexample: unknownApproved.counterexample?.[0] as Facts });
  const paths = [...ruleSet.schema.keys()];
  const withheld = fc.check(
    fc.property(base, fc.constantFrom(...paths), (facts, path) => {
      if (ruleSet.evaluate(facts, { asOf }).outcome === 'approved') return true;
      const less = structuredClone(facts);
      setPath(less, path, undefined);
      return ruleSet.evaluate(less, { asOf }).outcome !== 'approved';
    }),
    { seed, numRuns: runs },
  );
  if (withheld.failed) findings.push({ severity: 'error', code: 'WITHHELD_FACT_APPROVED', ruleIds: [], message: `leaving out ${String(withheld.counterexample?.[1])} turned a decision into an approval`, counterexample: withheld.counterexample?.[0] as Facts });
  return findings;
}
