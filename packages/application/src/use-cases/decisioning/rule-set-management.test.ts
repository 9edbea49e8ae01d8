import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import { ActivateRuleSet } from './activate-rule-set.js';
import { CheckRuleSetVersion } from './check-rule-set-version.js';
import { brandId, decisioningWorld, report, ruleSetDocument, TIME_ZONE } from './decisioning-world.fixture.js';
import { DraftRuleSet } from './draft-rule-set.js';
import { DryRunRuleSet } from './dry-run-rule-set.js';
import { GetLoanDecision } from './get-loan-decision.js';
import { GetRuleSetVersion } from './get-rule-set-version.js';
import { ListRuleSets } from './list-rule-sets.js';
import { ValidateRuleSet } from './validate-rule-set.js';

async function world() {
  const w = await decisioningWorld();
  const { store, clock, r, sources } = w;
  return {
    ...w,
    draft: new DraftRuleSet({ unitOfWork: store.unitOfWork, clock }),
    check: new CheckRuleSetVersion({ repositories: r, unitOfWork: store.unitOfWork, clock, timeZone: TIME_ZONE }),
    activateVersion: new ActivateRuleSet({ unitOfWork: store.unitOfWork }),
    list: new ListRuleSets({ repositories: r }),
    get: new GetRuleSetVersion({ repositories: r }),
    validate: new ValidateRuleSet({ repositories: r }),
    dryRun: new DryRunRuleSet({ repositories: r, sources, clock, timeZone: TIME_ZONE }),
    decision: new GetLoanDecision({ repositories: r }),
  };
}

describe('rule set lifecycle', () => {
  it('drafts, refuses a reused version, checks with the harness and activates; the document is kept as drafted', async () => {
    const w = await world();
    const actor = w.admin.actor;
    const drafted = await w.draft.execute({ actor, brandId, document: ruleSetDocument() });
    expect(drafted).toMatchObject({ ok: true, value: { id: 'salary-advance', version: 1, status: 'draft', productCode: 'salary-advance' } });
    expect(await w.draft.execute({ actor, brandId, document: ruleSetDocument() })).toEqual({ ok: false, error: { code: 'RULE_SET_VERSION_EXISTS', ruleSetId: 'salary-advance', version: 1 } });
    expect(await w.activateVersion.execute({ actor, brandId, ruleSetId: 'salary-advance', version: 1 })).toEqual({ ok: false, error: { code: 'RULE_SET_NOT_CHECKED', status: 'draft' } });
    const checked = await w.check.execute({ actor, brandId, ruleSetId: 'salary-advance', version: 1, runs: 40 });
    expect(checked.ok && checked.value.passed).toBe(true);
    expect(checked.ok && checked.value.version).toMatchObject({ status: 'checked', checkedOn: '2026-11-23' });
    expect(await w.check.execute({ actor, brandId, ruleSetId: 'salary-advance', version: 1 })).toEqual({ ok: false, error: { code: 'RULE_SET_NOT_A_DRAFT', status: 'checked' } });
    expect(await w.activateVersion.execute({ actor, brandId, ruleSetId: 'salary-advance', version: 1 })).toMatchObject({ ok: true, value: { status: 'active' } });
    const got = await w.get.execute({ actor, brandId, ruleSetId: 'salary-advance', version: 1 });
    expect(got.ok && got.value.document).toEqual(ruleSetDocument());
    expect(await w.list.execute({ actor, brandId })).toMatchObject({ ok: true, value: [{ id: 'salary-advance', version: 1, status: 'active' }] });
    expect(await w.get.execute({ actor, brandId, ruleSetId: 'salary-advance', version: 9 })).toEqual({ ok: false, error: { code: 'RULE_SET_NOT_FOUND' } });
  });

  it('reports every compile error with its rule and path, and stores nothing', async () => {
    const w = await world();
    const broken = ruleSetDocument();
    (broken['rules'] as Record<string, unknown>[])[1]!['kind'] = 'maybe';
    (broken['rules'] as Record<string, unknown>[])[2]!['require'] = { op: 'gte', left: { fact: 'bureau.scroe' }, right: 1 };
    const validation = await w.validate.execute({ actor: w.admin.actor, brandId, document: broken });
    expect(validation.ok && validation.value.valid).toBe(false);
    const errors = validation.ok ? validation.value.errors : [];
    expect(errors.map((e) => [e.ruleId, e.path])).toEqual(expect.arrayContaining([['bureau-score-floor', '$.rules[1].kind'], ['no-dpd-90', expect.stringContaining('$.rules[2].require')]]));
    const drafted = await w.draft.execute({ actor: w.admin.actor, brandId, document: broken });
    expect(drafted.ok ? null : drafted.error.code).toBe('RULE_SET_INVALID');
    expect(await w.r.ruleSets.listByBrand(brandId)).toEqual([]);
    expect(await w.validate.execute({ actor: w.admin.actor, brandId, document: ruleSetDocument() })).toMatchObject({ ok: true, value: { valid: true, errors: [], ruleSet: { id: 'salary-advance', version: 1 } } });
  });

  it('leaves a draft whose examples fail as a draft and returns the findings', async () => {
    const w = await world();
    const wrong = ruleSetDocument();
    (wrong['examples'] as Record<string, unknown>[])[1]!['expect'] = 'approved';
    await w.draft.execute({ actor: w.admin.actor, brandId, document: wrong });
    const checked = await w.check.execute({ actor: w.admin.actor, brandId, ruleSetId: 'salary-advance', version: 1, runs: 30 });
    expect(checked.ok && checked.value.passed).toBe(false);
    expect(checked.ok && checked.value.report.findings.map((f) => f.code)).toContain('EXAMPLE_MISMATCH');
    expect((await w.r.ruleSets.find(brandId, 'salary-advance', 1))?.status).toBe('draft');
  });

  it('lets only admins manage rule sets: other roles of the brand are forbidden, other brands see nothing', async () => {
    const w = await world();
    const executive = (await w.staff('LOAN_EXECUTIVE')).actor;
    const stranger: Actor = { kind: 'staff', userId: 'x', superAdmin: false, roles: [{ brandId: '00000000-0000-7000-8000-0000000000b2', role: 'ADMIN' }] };
    const superAdmin: Actor = { kind: 'staff', userId: 'root', superAdmin: true, roles: [] };
    expect(await w.draft.execute({ actor: executive, brandId, document: ruleSetDocument() })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.list.execute({ actor: stranger, brandId })).toEqual({ ok: false, error: { code: 'BRAND_NOT_FOUND' } });
    expect(await w.activateVersion.execute({ actor: stranger, brandId, ruleSetId: 'salary-advance', version: 1 })).toEqual({ ok: false, error: { code: 'BRAND_NOT_FOUND' } });
    expect((await w.draft.execute({ actor: superAdmin, brandId, document: ruleSetDocument() })).ok).toBe(true);
  });
});

describe('dry run and the loan decision', () => {
  it("replays a draft on a decided loan's stored facts without changing anything, next to the decision that stands", async () => {
    const w = await world();
    await w.activate(ruleSetDocument(1, 650));
    w.sources.reports.set('BRDLN1234A', report(680));
    const { loanId, message } = await w.applyAs(w.applicant('BRDLN1234A'));
    await w.decide.execute(message);
    await w.draft.execute({ actor: w.admin.actor, brandId, document: ruleSetDocument(2, 690) });
    // The bureau now says something else: a dry run must still read the facts the loan was decided on.
    w.sources.reports.set('BRDLN1234A', report(800));
    const run = await w.dryRun.execute({ actor: w.admin.actor, brandId, ruleSetId: 'salary-advance', version: 2, loanId });
    expect(run).toMatchObject({ ok: true, value: { factsSource: 'stored-decision', outcome: 'declined', ruleSet: { version: 2 }, current: { outcome: 'referred', ruleSet: { version: 1 } } } });
    expect(run.ok && run.value.reasons.map((r) => r.code)).toEqual(['BUREAU_SCORE_LOW']);
    expect((await w.r.loans.findById(brandId, loanId))?.toSnapshot()).toMatchObject({ status: 'UNDER_REVIEW', version: 1 });
    expect(await w.dryRun.execute({ actor: w.admin.actor, brandId, ruleSetId: 'salary-advance', version: 2, loanId: w.ids.next() })).toEqual({ ok: false, error: { code: 'LOAN_NOT_FOUND' } });
  });

  it('gathers facts from the providers for a loan never decided by rules', async () => {
    const w = await world();
    w.sources.reports.set('LOWSC1234A', report(610));
    const { loanId } = await w.applyAs(w.applicant('LOWSC1234A'));
    await w.draft.execute({ actor: w.admin.actor, brandId, document: ruleSetDocument() });
    const run = await w.dryRun.execute({ actor: w.admin.actor, brandId, ruleSetId: 'salary-advance', version: 1, loanId });
    expect(run).toMatchObject({ ok: true, value: { factsSource: 'providers', outcome: 'declined', current: null } });
  });

  it('shows a decision with its explanation to loan list roles, not to collections, and not across brands', async () => {
    const w = await world();
    await w.activate(ruleSetDocument());
    w.sources.reports.set('LOWSC1234A', report(610));
    const { loanId, message } = await w.applyAs(w.applicant('LOWSC1234A'));
    const undecided = await w.applyAs(w.applicant('LOWSC1234A'));
    await w.decide.execute(message);
    const credit = (await w.staff('CREDIT_EXECUTIVE')).actor;
    const collections = (await w.staff('COLLECTION_EXECUTIVE')).actor;
    const seen = await w.decision.execute({ actor: credit, brandId, loanId });
    expect(seen).toMatchObject({ ok: true, value: { loanId, outcome: 'declined', loanStatus: 'REJECTED', ruleSet: { id: 'salary-advance', version: 1 } } });
    expect(seen.ok && seen.value.explanation).toHaveLength(4);
    expect(await w.decision.execute({ actor: collections, brandId, loanId })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.decision.execute({ actor: credit, brandId: '00000000-0000-7000-8000-0000000000b2', loanId })).toEqual({ ok: false, error: { code: 'BRAND_NOT_FOUND' } });
    expect(await w.decision.execute({ actor: credit, brandId, loanId: undecided.loanId })).toEqual({ ok: false, error: { code: 'DECISION_NOT_FOUND' } });
  });
});
