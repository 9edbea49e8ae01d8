import { describe, expect, it } from 'vitest';
import { localDate } from '../local-date.js';
import { checkRuleSet } from '../harness/check-rule-set.js';
import { compileRuleSet } from './compile-rule-set.js';
import salaryAdvance from './examples/salary-advance.json' with { type: 'json' };
import draftJson from './examples/salary-advance-v2-draft.json' with { type: 'json' };
import { activateRuleSetVersion, draftRuleSetVersion, recordRuleSetCheck, type RuleSetVersion } from './rule-set-lifecycle.js';

const on = localDate('2026-06-15');
const compile = (json: unknown) => {
  const r = compileRuleSet(json);
  if (!r.ok) throw new Error('invalid');
  return r.value;
};

describe('rule set lifecycle', () => {
  const v1 = compile(salaryAdvance);
  const v2 = compile(draftJson);
  const active: RuleSetVersion = { ...v1.ref, status: 'active', checkedOn: on };

  it('drafts, checks with a passing report on the same content, then activates and retires the old version', () => {
    const checked = recordRuleSetCheck(draftRuleSetVersion(v2), checkRuleSet(v2, { asOf: on, runs: 40 }), on);
    if (!checked.ok) throw new Error(checked.error.code);
    const next = activateRuleSetVersion([active, checked.value], 2);
    expect(next.ok && next.value.map((v) => [v.version, v.status])).toEqual([[1, 'retired'], [2, 'active']]);
  });

  it('refuses a report made on other content, a failing report and an unchecked activation', () => {
    const draft = draftRuleSetVersion(v2);
    expect(recordRuleSetCheck(draft, { ruleSet: v1.ref, ok: true, findings: [] }, on)).toMatchObject({ ok: false, error: { code: 'REPORT_FOR_OTHER_CONTENT' } });
    expect(recordRuleSetCheck(draft, { ruleSet: v2.ref, ok: false, findings: [{ severity: 'error' }, { severity: 'warning' }] }, on)).toEqual({ ok: false, error: { code: 'CHECK_FAILED', errors: 1 } });
    expect(activateRuleSetVersion([active, draft], 2)).toEqual({ ok: false, error: { code: 'NOT_CHECKED', status: 'draft' } });
    expect(activateRuleSetVersion([active], 3)).toEqual({ ok: false, error: { code: 'VERSION_NOT_FOUND', version: 3 } });
    expect(recordRuleSetCheck(active, { ruleSet: v1.ref, ok: true, findings: [] }, on)).toEqual({ ok: false, error: { code: 'NOT_A_DRAFT', status: 'active' } });
  });
});
