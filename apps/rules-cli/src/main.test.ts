import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './main.js';

const examples = new URL('../../../packages/domain/src/rules/examples/', import.meta.url).pathname;
const capture = () => {
  const lines: string[] = [];
  return { lines, out: (line: string) => lines.push(line) };
};

describe('rules-cli', () => {
  it('check: validates and runs the harness, exit 0 for a sound rule set', () => {
    const { lines, out } = capture();
    expect(run(['check', join(examples, 'salary-advance.json'), '--as-of', '2026-06-15', '--runs', '60'], out)).toBe(0);
    expect(lines.join('\n')).toMatch(/^Rule set salary-advance v1 \([0-9a-f]{16}\), seed 20260101: OK/);
  });

  it('check: exit 1 and every validation error with its rule and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-cli-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ id: 'x', version: 1, facts: {}, rules: [{ id: 'r1', kind: 'hard', reason: 'R', onUnknown: 'refer', require: { op: 'gt', left: { fact: 'a.b' }, right: 1 } }] }));
    const { lines, out } = capture();
    expect(run(['check', file], out)).toBe(1);
    expect(lines).toEqual([`${file}: 1 problem(s) in the rule set`, '  rule r1 at $.rules[0].require.left.fact: fact "a.b" is not declared in "facts"']);
  });

  it('check: exit 1 when the harness finds an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-cli-'));
    const file = join(dir, 'contradiction.json');
    const facts = { 'b.score': { type: 'integer', min: 300, max: 900 } };
    const rule = (id: string, op: string, right: number) => ({ id, kind: 'hard', reason: 'R', onUnknown: 'refer', require: { op, left: { fact: 'b.score' }, right } });
    writeFileSync(file, JSON.stringify({ id: 'x', version: 1, facts, rules: [rule('hi', 'gte', 700), rule('lo', 'lt', 600)] }));
    const { lines, out } = capture();
    expect(run(['check', file, '--as-of', '2026-06-15', '--runs', '30'], out)).toBe(1);
    expect(lines.join('\n')).toContain('ERROR CONTRADICTORY_PAIR: no value of b.score passes both hi');
  });

  it('diff: lists the past applications whose decision changes', () => {
    const { lines, out } = capture();
    const code = run(['diff', join(examples, 'salary-advance.json'), join(examples, 'salary-advance-v2-draft.json'), '--applications', join(examples, 'past-applications.json'), '--fail-on-change'], out);
    expect(code).toBe(1);
    const text = lines.join('\n');
    expect(text).toContain('salary-advance v1 → salary-advance v2: 5 of 12 decisions change');
    expect(text).toMatch(/APP-1002 +referred → declined +\[BUREAU_SCORE_BORDERLINE\] → \[BUREAU_SCORE_LOW\]/);
    expect(text).not.toContain('APP-1001');
  });

  it('exit 2 with usage on a bad command line', () => {
    const { lines, out } = capture();
    expect(run(['frobnicate'], out)).toBe(2);
    expect(lines[0]).toContain('unknown command "frobnicate"');
  });
});
