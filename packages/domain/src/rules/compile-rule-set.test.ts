import { describe, expect, it } from 'vitest';
import { compileRuleSet } from './compile-rule-set.js';

const facts = {
  'bureau.score': { type: 'integer', min: 300, max: 900 },
  'customer.name': { type: 'string' },
  'customer.dateOfBirth': { type: 'date' },
  'bureau.tradelines': { type: 'list', items: { dpd: { type: 'integer' } } },
};

function errorsOf(rules: unknown[], extra: Record<string, unknown> = {}) {
  const result = compileRuleSet({ id: 'rs', version: 1, facts, rules, ...extra });
  if (result.ok) throw new Error('expected validation errors');
  return result.error.map((e) => [e.ruleId, e.path, e.message]);
}

const base = { kind: 'hard', reason: 'LOW_SCORE', onUnknown: 'refer' };

describe('compileRuleSet validation', () => {
  it('names the rule and the field path of an undeclared fact', () => {
    expect(errorsOf([{ ...base, id: 'score', require: { all: [{ op: 'gte', left: { fact: 'bureau.scor' }, right: 700 }] } }])).toEqual([
      ['score', '$.rules[0].require.all[0].left.fact', 'fact "bureau.scor" is not declared in "facts"'],
    ]);
  });

  it('reports type errors, bad literals, bad regexes and misplaced items with their paths', () => {
    const errors = errorsOf([
      { ...base, id: 'a', require: { op: 'gt', left: { fact: 'customer.name' }, right: 'x' } },
      { ...base, id: 'b', require: { op: 'gte', left: { fact: 'bureau.score' }, right: 'seven' } },
      { ...base, id: 'c', require: { op: 'matches', left: { fact: 'customer.name' }, pattern: '(' } },
      { ...base, id: 'd', require: { op: 'eq', left: { item: 'dpd' }, right: 0 } },
      { ...base, id: 'e', require: { op: 'lt', left: { fact: 'customer.dateOfBirth' }, right: '2020-02-30' } },
      { ...base, id: 'f', require: { op: 'some', list: 'bureau.tradelines', where: { op: 'gt', left: { item: 'dpdd' }, right: 30 } } },
    ]);
    expect(errors.map(([id, path]) => [id, path])).toEqual([
      ['a', '$.rules[0].require.op'],
      ['b', '$.rules[1].require.right'],
      ['c', '$.rules[2].require.pattern'],
      ['d', '$.rules[3].require.left.item'],
      ['e', '$.rules[4].require.right'],
      ['f', '$.rules[5].require.where.left.item'],
    ]);
  });

  it('requires kind, reason code, onUnknown and require on every rule, and unique ids', () => {
    const errors = errorsOf([
      { id: 'x', kind: 'maybe', reason: 'lower case', require: { op: 'present', fact: 'bureau.score' } },
      { ...base, id: 'x', requires: {} },
    ]);
    expect(errors).toEqual([
      ['x', '$.rules[0].kind', 'must be "hard" (declines) or "soft" (refers)'],
      ['x', '$.rules[0].reason', 'must be an upper-case reason code such as AGE_BELOW_MINIMUM'],
      ['x', '$.rules[0].onUnknown', 'must say what a missing fact does: "refer" or "fail"'],
      ['x', '$.rules[1].id', 'duplicate rule id "x"'],
      ['x', '$.rules[1].requires', 'unknown field "requires"; expected one of id, kind, reason, onUnknown, description, source, when, require'],
      ['x', '$.rules[1].require', 'every rule needs a "require" condition'],
    ]);
  });

  it('checks the top level and the fact declarations', () => {
    const result = compileRuleSet({ id: '', version: 0, facts: { 'a..b': { type: 'decimal' }, x: { type: 'money' } }, rules: [] });
    expect(result.ok ? [] : result.error.map((e) => e.path)).toEqual(['$.id', '$.version', '$.facts["a..b"]', '$.facts["x"].type', '$.rules']);
  });

  it('fingerprints content, not key order, and keeps its own copy of the document', () => {
    const rule = { ...base, id: 'score', require: { op: 'gte', left: { fact: 'bureau.score' }, right: 700 } };
    const doc = { id: 'rs', version: 1, facts, rules: [rule] };
    const reordered = { rules: [{ require: rule.require, onUnknown: 'refer', reason: 'LOW_SCORE', kind: 'hard', id: 'score' }], facts, version: 1, id: 'rs' };
    const a = compileRuleSet(doc);
    const b = compileRuleSet(reordered);
    const c = compileRuleSet({ ...doc, rules: [{ ...rule, require: { ...rule.require, right: 701 } }] });
    if (!a.ok || !b.ok || !c.ok) throw new Error('should compile');
    expect(a.value.ref.fingerprint).toBe(b.value.ref.fingerprint);
    expect(a.value.ref.fingerprint).not.toBe(c.value.ref.fingerprint);
    rule.require.right = 10;
    expect(a.value.evaluate({ bureau: { score: 650 } }, { asOf: '2026-01-01' as never }).outcome).toBe('declined');
  });
});
