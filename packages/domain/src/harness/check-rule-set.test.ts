import { describe, expect, it } from 'vitest';
import { localDate } from '../local-date.js';
import { compileRuleSet } from '../rules/compile-rule-set.js';
import type { CompiledRuleSet } from '../rules/compiled-rule-set.js';
import salaryAdvance from '../rules/examples/salary-advance.json' with { type: 'json' };
import { checkRuleSet } from './check-rule-set.js';
import { formatRuleSetReport } from './format-report.js';

const asOf = localDate('2026-06-15');

function compile(json: unknown): CompiledRuleSet {
  const result = compileRuleSet(json);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const facts = {
  'bureau.score': { type: 'integer', min: 300, max: 900, monotonic: 'higher-is-better' },
  'customer.income': { type: 'decimal', min: '5000', max: '200000', monotonic: 'higher-is-better' },
};
const rule = (id: string, require: unknown, kind = 'hard') => ({ id, kind, reason: id.toUpperCase().replace(/-/g, '_'), onUnknown: 'refer', require });
const gte = (fact: string, value: unknown) => ({ op: 'gte', left: { fact }, right: value });
const codes = (ruleSet: CompiledRuleSet, runs = 120) => checkRuleSet(ruleSet, { asOf, runs }).findings.map((f) => [f.code, ...f.ruleIds]);

describe('checkRuleSet', () => {
  it('passes the salary-advance example with every rule firing and every boundary as the operator says', () => {
    const report = checkRuleSet(compile(salaryAdvance), { asOf });
    expect(report.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.outcomes.approved).toBeGreaterThan(0);
    expect(report.coverage.every((c) => c.counts.fail > 0)).toBe(true);
    const floor = report.boundaries.filter((b) => b.ruleId === 'bureau-score-floor').map((b) => [b.input, b.actual]);
    expect(floor).toEqual([['649', 'false'], ['650', 'true'], ['651', 'true']]);
    // Ratio thresholds are probed through the numerator: 0.5 × the example's income of 60000.
    const ratio = report.boundaries.filter((b) => b.ruleId === 'amount-to-income').map((b) => [b.input, b.actual]);
    expect(ratio).toEqual([['29999.99', 'true'], ['30000', 'true'], ['30000.01', 'false']]);
    expect(report.boundaries.every((b) => b.actual === String(b.expected))).toBe(true);
  });

  it('is reproducible: the same seed gives the same report', () => {
    const ruleSet = compile(salaryAdvance);
    expect(formatRuleSetReport(checkRuleSet(ruleSet, { asOf, seed: 7, runs: 50 }))).toBe(formatRuleSetReport(checkRuleSet(ruleSet, { asOf, seed: 7, runs: 50 })));
  });

  it('finds a monotonicity violation and shows a shrunk counterexample', () => {
    const ruleSet = compile({
      id: 'm', version: 1, facts,
      rules: [rule('score-floor', gte('bureau.score', 600)), rule('score-too-good', { op: 'lte', left: { fact: 'bureau.score' }, right: 850 })],
    });
    const report = checkRuleSet(ruleSet, { asOf, runs: 200 });
    const violation = report.findings.find((f) => f.code === 'MONOTONICITY_VIOLATED');
    expect(violation?.message).toMatch(/^bureau\.score is declared higher-is-better, but moving it from \d+ to \d+ turned approved into declined$/);
    const [, from, to] = /from (\d+) to (\d+)/.exec(violation!.message)!.map(Number);
    expect(from).toBeLessThanOrEqual(850);
    expect(to).toBeGreaterThan(850);
    expect(report.ok).toBe(false);
  });

  it('proves contradictory pairs, rules that always fire and rules that cannot fire', () => {
    const ruleSet = compile({
      id: 'c', version: 1, facts,
      rules: [
        rule('prime-only', gte('bureau.score', 700)),
        rule('subprime-only', { op: 'lt', left: { fact: 'bureau.score' }, right: 650 }),
        rule('impossible', { op: 'gt', left: { fact: 'bureau.score' }, right: 900 }),
        rule('vacuous', { all: [gte('bureau.score', 299.5), { op: 'lte', left: { fact: 'customer.income' }, right: '200000' }] }),
      ],
    });
    const found = codes(ruleSet);
    expect(found).toContainEqual(['CONTRADICTORY_PAIR', 'prime-only', 'subprime-only']);
    expect(found).toContainEqual(['CONTRADICTORY_PAIR', 'subprime-only', 'impossible']);
    expect(found).not.toContainEqual(['CONTRADICTORY_PAIR', 'prime-only', 'impossible']);
    expect(found).toContainEqual(['RULE_ALWAYS_FIRES', 'impossible']);
    expect(found).toContainEqual(['RULE_CANNOT_FIRE', 'vacuous']);
    expect(found).toContainEqual(['RULE_NEVER_FIRED', 'vacuous']);
    expect(found).toContainEqual(['NEVER_APPROVED']);
    expect(found).not.toContainEqual(['RULE_CANNOT_FIRE', 'prime-only']);
  });

  it('checks the examples stored with the rule set', () => {
    const ruleSet = compile({
      id: 'e', version: 1, facts, rules: [rule('score-floor', gte('bureau.score', 650))],
      examples: [
        { name: 'good', asOf: '2026-06-15', facts: { bureau: { score: 650 } }, expect: 'approved' },
        { name: 'wrong', asOf: '2026-06-15', facts: { bureau: { score: 649 } }, expect: 'approved' },
      ],
    });
    const report = checkRuleSet(ruleSet, { asOf, runs: 50 });
    expect(report.findings.filter((f) => f.code === 'EXAMPLE_MISMATCH').map((f) => f.message)).toEqual(['example "wrong" expected approved, got declined (SCORE_FLOOR)']);
  });

  it('notes a threshold masked by the rest of its rule', () => {
    const ruleSet = compile({
      id: 'n', version: 1, facts,
      rules: [rule('masked', { any: [gte('bureau.score', 700), gte('customer.income', '1000')] })],
      examples: [{ name: 'x', asOf: '2026-06-15', facts: { bureau: { score: 720 }, customer: { income: '50000' } }, expect: 'approved' }],
    });
    expect(codes(ruleSet, 50)).toContainEqual(['THRESHOLD_WITHOUT_EFFECT', 'masked']);
  });
});
