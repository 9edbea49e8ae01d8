import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from '../local-date.js';
import { compileScorecard } from './compile-scorecard.js';
import type { CompiledScorecard } from './scorecard.js';
import example from './salary-advance-scorecard.json' with { type: 'json' };

const asOf = localDate('2026-06-15');

function scorecard(json: unknown = example): CompiledScorecard {
  const result = compileScorecard(json);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const facts = (score: number | undefined, income: string, months: number, balance: string, category: string) => ({
  bureau: { score },
  customer: { monthlyIncome: income, monthsWithEmployer: months, employerCategory: category },
  bank: { averageBalance: balance },
});

describe('scorecard', () => {
  const card = scorecard();

  it('sums weight × band points and explains each item', () => {
    const result = card.evaluate(facts(790, '80000', 40, '50000', 'A'), { asOf });
    // 0.35×100 + 0.25×100 + 0.15×100 + 0.15×100 + 0.10×100
    expect(result.total.toFixed()).toBe('100');
    expect(result.outcome).toBe('auto-approve');
    const mid = card.evaluate(facts(720, '45000', 20, '10000', 'C'), { asOf });
    // 0.35×60 + 0.25×70 + 0.15×60 + 0.15×60 (10000/45000 = 0.22) + 0.10×30 = 21 + 17.5 + 9 + 9 + 3
    expect(mid.total.toFixed()).toBe('59.5');
    expect(mid.outcome).toBe('manual-review');
    expect(mid.items.find((i) => i.itemId === 'balance-to-income')).toMatchObject({ band: '[0.2, 0.5)' });
    expect(card.evaluate(facts(650, '15000', 3, '0', 'C'), { asOf }).outcome).toBe('auto-reject');
  });

  it('never auto-approves with an unknown item, but rejects when full marks could not save it', () => {
    const unknown = card.evaluate(facts(undefined, '80000', 40, '50000', 'A'), { asOf });
    expect(unknown).toMatchObject({ outcome: 'manual-review', unscored: ['bureau-score'] });
    // Known: 0.25×0 + 0.15×20 + 0.15×10 + 0.10×30 = 7.5; at most +35 for the score: 42.5 ≥ 40, so review.
    expect(card.evaluate(facts(undefined, '15000', 3, '0', 'C'), { asOf }).outcome).toBe('manual-review');
    // Without the category too, the best case is 7.5 - 3 + 35 + 10 = 49.5; still review. Drop income as well:
    const noIncome = card.evaluate({ bureau: { score: 650 }, customer: { monthsWithEmployer: 3, employerCategory: 'C' }, bank: { averageBalance: '0' } }, { asOf });
    // Known 0.35×20 + 0.15×20 + 0.10×30 = 13; unknown best 0.25×100 + 0.15×100 = 40; 53 ≥ 40.
    expect(noIncome.outcome).toBe('manual-review');
  });

  it('a better value in any item never worsens the outcome', () => {
    const rank = { 'auto-reject': 0, 'manual-review': 1, 'auto-approve': 2 } as const;
    const base = fc.record({
      score: fc.integer({ min: 300, max: 900 }),
      income: fc.integer({ min: 8000, max: 300000 }),
      months: fc.integer({ min: 0, max: 240 }),
      balance: fc.integer({ min: 0, max: 500000 }),
      category: fc.constantFrom('A', 'B', 'C'),
    });
    fc.assert(
      fc.property(base, fc.integer({ min: 1, max: 200 }), ({ score, income, months, balance, category }, bump) => {
        const before = card.evaluate(facts(score, String(income), months, String(balance), category), { asOf });
        const after = card.evaluate(facts(Math.min(900, score + bump), String(income), months + bump, String(balance + bump), category), { asOf });
        expect(after.total.gte(before.total)).toBe(true);
        expect(rank[after.outcome]).toBeGreaterThanOrEqual(rank[before.outcome]);
      }),
    );
  });

  it('validates items, bands and thresholds with the item id and path', () => {
    const result = compileScorecard({ ...example, thresholds: { approveAtOrAbove: '30', rejectBelow: '40' }, items: [{ id: 'x', weight: '-1', value: { fact: 'bureau.score' }, bands: [{ min: 1, points: 'many' }] }] });
    expect(result.ok ? [] : result.error.map((e) => [e.ruleId, e.path])).toEqual([
      [null, '$.thresholds.rejectBelow'],
      ['x', '$.items[0].weight'],
      ['x', '$.items[0].bands[0].points'],
    ]);
  });
});
