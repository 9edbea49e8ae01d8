import { describe, expect, it } from 'vitest';
import { localDate } from '../local-date.js';
import { compileRuleSet } from '../rules/compile-rule-set.js';
import type { CompiledRuleSet } from '../rules/compiled-rule-set.js';
import salaryAdvance from '../rules/examples/salary-advance.json' with { type: 'json' };
import { diffDecisions, generateApplications } from './diff-decisions.js';
import { formatDecisionDiff } from './format-report.js';

const asOf = localDate('2026-06-15');

function compile(json: unknown): CompiledRuleSet {
  const result = compileRuleSet(json);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

// Draft v2: the score floor rises from 650 to 680.
const draft = {
  ...salaryAdvance,
  version: 2,
  rules: salaryAdvance.rules.map((r) => (r.id === 'bureau-score-floor' ? { ...r, require: { ...r.require, right: 680 } } : r)),
};

describe('diffDecisions', () => {
  const before = compile(salaryAdvance);
  const after = compile(draft);
  const apps = generateApplications([before, after], { asOf, count: 400, seed: 42 });

  it('lists exactly the applications whose decision or reasons change', () => {
    const diff = diffDecisions(before, after, apps);
    expect(Object.values(diff.transitions).reduce((a, b) => a + b, 0)).toBe(400);
    const changedIds = new Set(diff.changed.map((c) => c.id));
    for (const app of apps) {
      const a = before.evaluate(app.facts, { asOf });
      const b = after.evaluate(app.facts, { asOf });
      const differs = a.outcome !== b.outcome || a.reasons.map((r) => r.code).join() !== b.reasons.map((r) => r.code).join();
      expect(changedIds.has(app.id)).toBe(differs);
    }
    // Raising a floor can only add BUREAU_SCORE_LOW, on scores in [650, 680).
    for (const c of diff.changed) {
      expect(c.reasonsAfter).toContain('BUREAU_SCORE_LOW');
      const score = Number((apps.find((a) => a.id === c.id)!.facts as { bureau: { score: unknown } }).bureau.score);
      expect(score >= 650 && score < 680).toBe(true);
    }
    expect(diff.changed.length).toBeGreaterThan(0);
    expect(formatDecisionDiff(diff)).toContain(`salary-advance v1 → salary-advance v2: ${diff.changed.length} of 400 decisions change`);
  });

  it('generates the same applications for the same seed', () => {
    expect(generateApplications([before], { asOf, count: 20, seed: 1 })).toEqual(generateApplications([before], { asOf, count: 20, seed: 1 }));
  });
});
