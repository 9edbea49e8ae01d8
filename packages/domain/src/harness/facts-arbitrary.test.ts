import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from '../local-date.js';
import { Decimal } from '../money/decimal.js';
import { compileRuleSet } from '../rules/compile-rule-set.js';
import salaryAdvance from '../rules/examples/salary-advance.json' with { type: 'json' };
import { factsArbitrary, type Facts } from './facts-arbitrary.js';
import { readFact } from './neighbours.js';

const asOf = localDate('2026-06-15');
const compiled = (() => {
  const r = compileRuleSet(salaryAdvance);
  if (!r.ok) throw new Error('invalid');
  return r.value;
})();

// Every JSON number in the facts written as a decimal string, the form a bureau adapter might send.
const numbersAsStrings = (value: unknown): unknown =>
  typeof value === 'number' ? String(value) : Array.isArray(value) ? value.map(numbersAsStrings) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, numbersAsStrings(v)])) : value;

describe('factsArbitrary and the engine on generated applications', () => {
  const apps = factsArbitrary(compiled, { asOf, missing: 0.1 });

  it('generates numeric facts within their declared bounds, as numbers or decimal strings', () => {
    fc.assert(
      fc.property(apps, (facts: Facts) => {
        for (const decl of compiled.schema.values()) {
          if (decl.type !== 'decimal' && decl.type !== 'integer') continue;
          const raw = readFact(facts, decl.path);
          if (raw === undefined) continue;
          expect(typeof raw === 'number' || typeof raw === 'string').toBe(true);
          const value = new Decimal(raw as string);
          if (decl.min) expect(value.gte(decl.min)).toBe(true);
          if (decl.max) expect(value.lte(decl.max)).toBe(true);
          if (decl.type === 'integer') expect(value.isInteger()).toBe(true);
        }
      }),
    );
  });

  it('decides the same whether numbers arrive as JSON numbers or decimal strings', () => {
    fc.assert(
      fc.property(apps, (facts) => {
        const a = compiled.evaluate(facts, { asOf });
        const b = compiled.evaluate(numbersAsStrings(facts), { asOf });
        expect(b.outcome).toBe(a.outcome);
        expect(b.reasons).toEqual(a.reasons);
        expect(a.invalidFacts).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never approves with an unknown rule, and explains every rule on every application', () => {
    fc.assert(
      fc.property(apps, (facts) => {
        const decision = compiled.evaluate(facts, { asOf });
        expect(decision.explanation.map((r) => r.ruleId)).toEqual(compiled.rules.map((r) => r.id));
        if (decision.explanation.some((r) => r.outcome === 'unknown')) expect(decision.outcome).not.toBe('approved');
        const expected = decision.explanation.some((r) => r.effect === 'decline') ? 'declined' : decision.explanation.some((r) => r.effect === 'refer') ? 'referred' : 'approved';
        expect(decision.outcome).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
