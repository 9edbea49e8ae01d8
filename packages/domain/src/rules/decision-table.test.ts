import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from '../local-date.js';
import { Decimal } from '../money/decimal.js';
import { Money } from '../money/money.js';
import { compileDecisionTable, type CompiledDecisionTable } from './decision-table.js';
import type { Decision } from './decision.js';
import { emiPreview } from './emi-preview.js';
import offerTable from './examples/salary-advance-offer.json' with { type: 'json' };
import { makeOffer } from './offer.js';

const asOf = localDate('2026-06-15');

function table(json: unknown): CompiledDecisionTable {
  const result = compileDecisionTable(json);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const offers = table(offerTable);
const applicant = (score: number | undefined, income: string, employer?: string) => ({ bureau: { score }, customer: { monthlyIncome: income, employerCategory: employer } });

describe('decision tables', () => {
  it('first hit: the first matching row in order wins', () => {
    const result = offers.evaluate(applicant(780, '80000', 'A'), { asOf });
    expect(result.status === 'matched' && result.hits.map((h) => h.rowId)).toEqual(['prime-cat-a']);
    const b = offers.evaluate(applicant(780, '80000', 'B'), { asOf });
    expect(b.status === 'matched' && b.hits[0]?.outputs).toEqual({ annualRatePercent: '20', maxAmount: '60000', tenures: [1, 3, 6] });
  });

  it('bands are [min, max): 750 is prime, 749 near-prime', () => {
    const at = (score: number) => {
      const r = offers.evaluate(applicant(score, '40000', 'B'), { asOf });
      return r.status === 'matched' ? r.hits[0]?.rowId : r.status;
    };
    expect([at(750), at(749), at(700), at(699), at(649)]).toEqual(['prime', 'near-prime', 'near-prime', 'standard', 'no-match']);
  });

  it('is unknown, not a guess, when a missing input could decide the first row', () => {
    const result = offers.evaluate(applicant(780, '80000'), { asOf });
    expect(result).toMatchObject({ status: 'unknown', undecidedRows: ['prime-cat-a'] });
  });

  const twoRows = (hitPolicy: string) =>
    table({
      id: 't', version: 1, hitPolicy,
      facts: { 'x.a': { type: 'integer' }, 'x.b': { type: 'string' } },
      inputs: [{ id: 'a', expr: { fact: 'x.a' } }, { id: 'b', expr: { fact: 'x.b' } }],
      outputs: { fee: 'decimal' },
      rows: [
        { id: 'low', priority: 1, when: { a: { max: 10 } }, then: { fee: '1.50' } },
        { id: 'b-only', priority: 5, when: { b: { eq: 'B' } }, then: { fee: 2 } },
        { id: 'any', then: { fee: '0' } },
      ],
    });

  it('priority: the highest priority wins; collect: every match in order', () => {
    const p = twoRows('priority').evaluate({ x: { a: 3, b: 'B' } }, { asOf });
    expect(p.status === 'matched' && p.hits.map((h) => [h.rowId, h.outputs.fee])).toEqual([['b-only', '2']]);
    const c = twoRows('collect').evaluate({ x: { a: 3, b: 'B' } }, { asOf });
    expect(c.status === 'matched' && c.hits.map((h) => h.rowId)).toEqual(['low', 'b-only', 'any']);
    expect(twoRows('collect').evaluate({ x: { a: 3 } }, { asOf }).status).toBe('unknown');
    // A missing "b" cannot change a priority result it could only lose to: priority 5 could win, so unknown.
    expect(twoRows('priority').evaluate({ x: { a: 3 } }, { asOf }).status).toBe('unknown');
  });

  it('names the row and the field of invalid cells', () => {
    const result = compileDecisionTable({ ...offerTable, rows: [{ id: 'bad', when: { score: { min: 'high' }, zip: { eq: '1' } }, then: { annualRatePercent: '10', maxAmount: 'lots', tenures: [] } }] });
    expect(result.ok ? [] : result.error.map((e) => [e.ruleId, e.path])).toEqual([
      ['bad', '$.rows[0].when.score.min'],
      ['bad', '$.rows[0].when.zip'],
      ['bad', '$.rows[0].then.maxAmount'],
      ['bad', '$.rows[0].then.tenures'],
    ]);
  });
});

describe('EMI preview and offers', () => {
  const rounding = { dp: 2, mode: 'HALF_UP' } as const;

  it('matches the textbook EMI: 1,00,000 at 12% for 12 months is 8,884.88', () => {
    expect(emiPreview(new Decimal('100000'), new Decimal('12'), 12, rounding).toFixed(2)).toBe('8884.88');
    expect(emiPreview(new Decimal('1200'), new Decimal('0'), 12, rounding).toFixed(2)).toBe('100.00');
  });

  it('repays at least the principal and rises with the rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 50_000_000 }), fc.integer({ min: 0, max: 4800 }), fc.integer({ min: 1, max: 60 }), (paise, bp, n) => {
        const principal = new Decimal(paise).div(100);
        const exact = { dp: 10, mode: 'HALF_UP' } as const;
        const emi = emiPreview(principal, new Decimal(bp).div(100), n, exact);
        const higher = emiPreview(principal, new Decimal(bp + 1).div(100), n, exact);
        expect(emi.mul(n).gte(principal.minus('0.000001'))).toBe(true);
        expect(higher.gt(emi)).toBe(true);
      }),
    );
  });

  const approved = { outcome: 'approved' } as Decision;

  it('caps the amount at the table maximum and previews each tenure', () => {
    const offer = makeOffer({ decision: approved, table: offers, facts: applicant(720, '45000', 'B'), asOf, requestedAmount: Money.of('50000'), emiRounding: rounding });
    if (offer.status !== 'offered') throw new Error(offer.reason);
    expect(offer.amount.toFixed()).toBe('40000.00');
    expect(offer.annualRate.toString()).toBe('24');
    expect(offer.tenures.map((t) => [t.months, t.emi.toFixed()])).toEqual([
      [1, emiPreview(new Decimal('40000'), new Decimal('24'), 1, rounding).toFixed(2)],
      [3, emiPreview(new Decimal('40000'), new Decimal('24'), 3, rounding).toFixed(2)],
    ]);
    expect(offer.tenures[0]?.emi.toFixed()).toBe('40800.00');
  });

  it('makes no offer unless approved, or when pricing is unknown', () => {
    const base = { table: offers, asOf, requestedAmount: Money.of('1000'), emiRounding: rounding };
    expect(makeOffer({ ...base, decision: { outcome: 'referred' } as Decision, facts: applicant(800, '90000', 'A') })).toEqual({ status: 'no-offer', reason: 'NOT_APPROVED' });
    expect(makeOffer({ ...base, decision: approved, facts: applicant(undefined, '90000', 'A') })).toEqual({ status: 'no-offer', reason: 'PRICING_UNKNOWN' });
  });
});
