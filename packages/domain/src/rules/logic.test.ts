import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from '../local-date.js';
import { compileRuleSet } from './compile-rule-set.js';
import type { CompiledRuleSet } from './compiled-rule-set.js';

const asOf = localDate('2026-01-01');

function ruleSet(require: unknown, facts: Record<string, unknown>): CompiledRuleSet {
  const result = compileRuleSet({ id: 't', version: 1, facts, rules: [{ id: 'r', kind: 'hard', reason: 'R', onUnknown: 'refer', require }] });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const boolFacts = { 'f.a': { type: 'boolean' }, 'f.b': { type: 'boolean' }, 'f.c': { type: 'boolean' } };
const leaf = (name: string) => ({ op: 'eq', left: { fact: `f.${name}` }, right: true });
type Tri = boolean | undefined;
const truth = (outcome: string): Tri => (outcome === 'pass' ? true : outcome === 'fail' ? false : undefined);

// Strong Kleene truth tables written out, independently of the engine.
const kAnd = (x: Tri, y: Tri): Tri => (x === false || y === false ? false : x === true && y === true ? true : undefined);
const kOr = (x: Tri, y: Tri): Tri => (x === true || y === true ? true : x === false && y === false ? false : undefined);
const kNot = (x: Tri): Tri => (x === undefined ? undefined : !x);

describe('three-valued conditions', () => {
  const tri = fc.constantFrom<Tri>(true, false, undefined);
  const cases: [string, unknown, (a: Tri, b: Tri, c: Tri) => Tri][] = [
    ['all', { all: [leaf('a'), leaf('b'), leaf('c')] }, (a, b, c) => kAnd(kAnd(a, b), c)],
    ['any', { any: [leaf('a'), leaf('b'), leaf('c')] }, (a, b, c) => kOr(kOr(a, b), c)],
    ['not any', { not: { any: [leaf('a'), { all: [leaf('b'), leaf('c')] }] } }, (a, b, c) => kNot(kOr(a, kAnd(b, c)))],
  ];
  it.each(cases)('%s follows strong Kleene logic', (_name, condition, expected) => {
    const rules = ruleSet(condition, boolFacts);
    fc.assert(
      fc.property(tri, tri, tri, (a, b, c) => {
        const outcome = rules.evaluate({ f: { a, b, c } }, { asOf }).explanation[0]!.outcome;
        expect(truth(outcome)).toBe(expected(a, b, c));
      }),
    );
  });

  it('never approves when a rule is unknown', () => {
    const rules = ruleSet({ any: [leaf('a'), leaf('b')] }, boolFacts);
    fc.assert(
      fc.property(tri, tri, (a, b) => {
        const decision = rules.evaluate({ f: { a, b } }, { asOf });
        const unknown = decision.explanation.some((r) => r.outcome === 'unknown');
        if (unknown) expect(decision.outcome).not.toBe('approved');
      }),
    );
  });
});

describe('decimal facts', () => {
  const facts = { 'a.x': { type: 'decimal' }, 'a.y': { type: 'decimal' } };
  it('computes in decimal: 0.1 + 0.2 equals 0.3 whether facts arrive as numbers or strings', () => {
    const rules = ruleSet({ op: 'eq', left: { add: [{ fact: 'a.x' }, { fact: 'a.y' }] }, right: '0.3' }, facts);
    expect(rules.evaluate({ a: { x: 0.1, y: 0.2 } }, { asOf }).outcome).toBe('approved');
    expect(rules.evaluate({ a: { x: '0.1', y: '0.2' } }, { asOf }).outcome).toBe('approved');
  });

  it('decides the same for a number and its decimal string', () => {
    const rules = ruleSet({ op: 'lte', left: { div: [{ fact: 'a.x' }, { fact: 'a.y' }] }, right: '0.5' }, facts);
    const cents = fc.integer({ min: -10_000_000, max: 10_000_000 });
    fc.assert(
      fc.property(cents, cents, (x, y) => {
        const asNumbers = rules.evaluate({ a: { x: x / 100, y: y / 100 } }, { asOf });
        const asStrings = rules.evaluate({ a: { x: (x / 100).toString(), y: (y / 100).toString() } }, { asOf });
        expect(asNumbers.outcome).toBe(asStrings.outcome);
        // Reference in integer arithmetic: x / y <= 1/2  <=>  2x <= y when y > 0, and 2x >= y when y < 0.
        const expected = y === 0 ? 'referred' : (y > 0 ? 2 * x <= y : 2 * x >= y) ? 'approved' : 'declined';
        expect(asNumbers.outcome).toBe(expected);
      }),
    );
  });

  it('treats division by zero as unknown, never as a pass', () => {
    const rules = ruleSet({ op: 'lte', left: { div: [{ fact: 'a.x' }, { fact: 'a.y' }] }, right: '0.5' }, facts);
    expect(rules.evaluate({ a: { x: '1', y: '0' } }, { asOf }).explanation[0]?.outcome).toBe('unknown');
  });
});

describe('lists', () => {
  const facts = { 'b.lines': { type: 'list', items: { dpd: { type: 'integer' } } } };
  const lines = fc.array(fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }), { maxLength: 6 });
  it('count, some and every agree with a direct computation, unknown when a record is missing its field', () => {
    const count = ruleSet({ op: 'eq', left: { count: 'b.lines', where: { op: 'gt', left: { item: 'dpd' }, right: 30 } }, right: 0 }, facts);
    const some = ruleSet({ not: { op: 'some', list: 'b.lines', where: { op: 'gt', left: { item: 'dpd' }, right: 30 } } }, facts);
    const every = ruleSet({ op: 'every', list: 'b.lines', where: { op: 'lte', left: { item: 'dpd' }, right: 30 } }, facts);
    fc.assert(
      fc.property(lines, (dpds) => {
        const facts = { b: { lines: dpds.map((dpd) => (dpd === undefined ? {} : { dpd })) } };
        const overdue = dpds.some((d) => d !== undefined && d > 30);
        const missing = dpds.some((d) => d === undefined);
        const kleene = overdue ? 'fail' : missing ? 'unknown' : 'pass';
        expect(some.evaluate(facts, { asOf }).explanation[0]?.outcome).toBe(kleene);
        expect(every.evaluate(facts, { asOf }).explanation[0]?.outcome).toBe(kleene);
        expect(count.evaluate(facts, { asOf }).explanation[0]?.outcome).toBe(missing ? 'unknown' : kleene);
      }),
    );
  });
});
