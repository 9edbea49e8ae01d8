import { localDate } from '@los/domain';
import { describe, expect, it } from 'vitest';
import { AllocateUnassignedLoans } from './allocate-unassigned-loans.js';
import { SCORE_BELOW_THRESHOLD } from './run-decision.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { DecideApplication } from './decide-application.js';
import { brandId, decisioningWorld, otherBrandId, report, ruleSetDocument, scorecardDocument, TIME_ZONE } from './decisioning-world.fixture.js';
import { SetStaffUnavailability } from './set-staff-unavailability.js';

describe('DecideApplication', () => {
  it('rejects a bad bureau file with the rule reason, storing the decision with its rule-set version, explanation and facts', async () => {
    const w = await decisioningWorld();
    await w.staff('LOAN_EXECUTIVE');
    const active = await w.activate(ruleSetDocument());
    w.sources.reports.set('LOWSC1234A', report(610));
    const { loanId, message } = await w.applyAs(w.applicant('LOWSC1234A'));
    const outcome = await w.decide.execute(message);
    expect(outcome).toMatchObject({ kind: 'decided', status: 'REJECTED', allocation: null });
    const loan = (await w.r.loans.findById(brandId, loanId))!.toSnapshot();
    expect(loan).toMatchObject({ status: 'REJECTED', rejectionReasons: ['BUREAU_SCORE_LOW'], version: 1 });
    expect(loan.assigneeId).toBeUndefined();
    const decision = await w.r.decisions.findLatestForLoan(brandId, loanId);
    expect(decision).toMatchObject({ id: loan.decisionId, outcome: 'declined', loanStatus: 'REJECTED', ruleSet: { id: 'salary-advance', version: 1, fingerprint: active.fingerprint } });
    expect(decision?.reasons.map((r) => r.code)).toEqual(['BUREAU_SCORE_LOW']);
    expect(decision?.facts).toMatchObject({ customer: { monthlyIncome: '60000.00', dateOfBirth: '1990-04-01' }, bureau: { score: 610 }, application: { amount: '20000.00', tenureMonths: 1 } });
    const floor = decision?.explanation.find((e) => (e as { ruleId: string }).ruleId === 'bureau-score-floor');
    expect(floor).toMatchObject({ outcome: 'fail', effect: 'decline' });
    const events = await w.drain();
    expect(events.map((e) => e.type)).toEqual(['loan.rejected']);
    expect(events[0]?.payload).toMatchObject({ reasons: ['BUREAU_SCORE_LOW'], decisionId: loan.decisionId });
  });

  it('puts a good applicant under review with a loan executive of the brand, and emits loan.under_review then loan.assigned', async () => {
    const w = await decisioningWorld();
    await w.staff('LOAN_EXECUTIVE', otherBrandId);
    await w.staff('CREDIT_EXECUTIVE');
    const executive = await w.staff('LOAN_EXECUTIVE');
    await w.activate(ruleSetDocument());
    w.sources.reports.set('GOODA1234A', report(780));
    const { loanId, message } = await w.applyAs(w.applicant('GOODA1234A'));
    const outcome = await w.decide.execute(message);
    expect(outcome).toMatchObject({ kind: 'decided', status: 'UNDER_REVIEW', allocation: { assigneeId: executive.user.id } });
    expect((await w.r.loans.findById(brandId, loanId))!.toSnapshot()).toMatchObject({ status: 'UNDER_REVIEW', assigneeId: executive.user.id, version: 1 });
    expect((await w.r.decisions.findLatestForLoan(brandId, loanId))?.outcome).toBe('approved');
    expect((await w.drain()).map((e) => e.type)).toEqual(['loan.under_review', 'loan.assigned']);
  });

  it("looks up every identifier it knows on the blocklist (phone, PAN, pincode) and stores each hit as a fact", async () => {
    const w = await decisioningWorld();
    await w.activate(ruleSetDocument());
    w.sources.reports.set('GOODA1234A', report(780));
    w.sources.blocked.add('560001');
    const { loanId, message } = await w.applyAs(w.applicant('GOODA1234A'));
    await w.decide.execute(message);
    expect((await w.r.decisions.findLatestForLoan(brandId, loanId))?.facts['blocklist']).toEqual({ phone: false, pan: false, pincode: true });
    const noPan = await w.applyAs({ monthlyIncome: w.applicant('X').monthlyIncome! });
    await w.decide.execute(noPan.message);
    // What the applicant did not declare stays unknown, never "not listed".
    expect((await w.r.decisions.findLatestForLoan(brandId, noPan.loanId))?.facts['blocklist']).toEqual({ phone: false });
  });

  it('refers an applicant without a PAN (unknown bureau facts) but declines one without income (onUnknown fail)', async () => {
    const w = await decisioningWorld();
    await w.activate(ruleSetDocument());
    const noPan = await w.applyAs({ monthlyIncome: w.applicant('X').monthlyIncome! });
    expect(await w.decide.execute(noPan.message)).toMatchObject({ status: 'UNDER_REVIEW', allocation: { unassigned: 'NO_ELIGIBLE_STAFF' } });
    // No bureau pull without a PAN; only the customer's own shared statements are looked up.
    expect(w.sources.requests).toEqual([expect.objectContaining({ customerId: expect.any(String) })]);
    expect(w.sources.requests[0]).not.toHaveProperty('pan');
    const referred = await w.r.decisions.findLatestForLoan(brandId, noPan.loanId);
    expect(referred?.reasons.map((r) => [r.code, r.cause])).toEqual([['BUREAU_SCORE_LOW', 'unknown'], ['DPD_90_PLUS', 'unknown'], ['BUREAU_SCORE_BORDERLINE', 'unknown']]);
    const bare = await w.applyAs();
    expect(await w.decide.execute(bare.message)).toMatchObject({ status: 'REJECTED' });
    expect((await w.r.loans.findById(brandId, bare.loanId))?.toSnapshot().rejectionReasons).toContain('INCOME_BELOW_MINIMUM');
  });

  it('balances new loans across the available executives in turn, skipping one on leave', async () => {
    const w = await decisioningWorld();
    const execs = [await w.staff('LOAN_EXECUTIVE'), await w.staff('LOAN_EXECUTIVE'), await w.staff('LOAN_EXECUTIVE')];
    const onLeave = execs[2]!.user.id;
    const marked = await new SetStaffUnavailability({ unitOfWork: w.store.unitOfWork }).execute({ actor: w.admin.actor, brandId, staffId: onLeave, dates: [localDate('2026-11-23')], unavailable: true });
    expect(marked).toEqual({ ok: true, value: { changed: 1 } });
    await w.activate(ruleSetDocument());
    const assignees: string[] = [];
    for (let i = 0; i < 6; i++) {
      w.sources.reports.set(`GOODA100${i}A`, report(780));
      const { message } = await w.applyAs(w.applicant(`GOODA100${i}A`));
      const outcome = await w.decide.execute(message);
      if (outcome.kind === 'decided' && outcome.allocation && 'assigneeId' in outcome.allocation) assignees.push(outcome.allocation.assigneeId);
    }
    expect(assignees).toHaveLength(6);
    expect(assignees).not.toContain(onLeave);
    const counts = Object.values(Object.fromEntries(assignees.map((a) => [a, assignees.filter((b) => b === a).length])));
    expect(counts).toEqual([3, 3]);
    expect(assignees[0]).not.toBe(assignees[1]);
  });

  it('falls back to product screening when the brand has no active rule set, storing no decision', async () => {
    const w = await decisioningWorld();
    const executive = await w.staff('LOAN_EXECUTIVE');
    const { loanId, message } = await w.applyAs(w.applicant('LOWSC1234A'));
    expect(await w.decide.execute(message)).toMatchObject({ status: 'UNDER_REVIEW', decisionId: null, allocation: { assigneeId: executive.user.id } });
    expect(await w.r.decisions.findLatestForLoan(brandId, loanId)).toBeNull();
    expect(w.sources.requests).toEqual([]);
  });

  it('is idempotent: a redelivered message changes nothing', async () => {
    const w = await decisioningWorld();
    await w.activate(ruleSetDocument());
    w.sources.reports.set('LOWSC1234A', report(610));
    const { loanId, message } = await w.applyAs(w.applicant('LOWSC1234A'));
    await w.decide.execute(message);
    const before = await w.r.decisions.findLatestForLoan(brandId, loanId);
    expect(await w.decide.execute(message)).toEqual({ kind: 'duplicate' });
    expect(await w.decide.execute({ ...message, id: `${message.id}-other` })).toEqual({ kind: 'already-moved' });
    expect(await w.r.decisions.findLatestForLoan(brandId, loanId)).toEqual(before);
    expect((await w.r.loans.findById(brandId, loanId))?.version).toBe(1);
  });

  it('keeps the processed-message record in the decision\'s transaction: a delivery lost before its commit leaves neither, and the redelivery decides once', async () => {
    const w = await decisioningWorld();
    await w.activate(ruleSetDocument());
    w.sources.reports.set('LOWSC1234A', report(610));
    const { loanId, message } = await w.applyAs(w.applicant('LOWSC1234A'));
    let lose = true;
    // The connection drops after the handler ran, before the commit.
    const unitOfWork: LifecycleUnitOfWork = {
      run: (work) =>
        w.lifecycle.run(async (repos) => {
          const result = await work(repos);
          if (lose) throw new Error('connection lost before commit');
          return result;
        }),
    };
    const decide = new DecideApplication({ repositories: w.r, unitOfWork, sources: w.sources, ids: w.ids, clock: w.clock, timeZone: TIME_ZONE });
    await expect(decide.execute(message)).rejects.toThrow('connection lost');
    expect((await w.r.loans.findById(brandId, loanId))?.status).toBe('APPLIED');
    expect(await w.r.decisions.findLatestForLoan(brandId, loanId)).toBeNull();
    lose = false;
    expect(await decide.execute(message, { attempt: 2 })).toMatchObject({ kind: 'decided', status: 'REJECTED' });
    expect(await decide.execute(message, { attempt: 3 })).toEqual({ kind: 'duplicate' });
    expect((await w.drain()).map((e) => e.type)).toEqual(['loan.rejected']);
  });

  it('keeps the version that decided a loan after a new version is activated', async () => {
    const w = await decisioningWorld();
    await w.activate(ruleSetDocument(1, 650));
    w.sources.reports.set('BRDLN1234A', report(680));
    const first = await w.applyAs(w.applicant('BRDLN1234A'));
    await w.decide.execute(first.message);
    await w.activate(ruleSetDocument(2, 690));
    const second = await w.applyAs(w.applicant('BRDLN1234A'));
    await w.decide.execute(second.message);
    expect(await w.r.decisions.findLatestForLoan(brandId, first.loanId)).toMatchObject({ outcome: 'referred', ruleSet: { version: 1 } });
    expect(await w.r.decisions.findLatestForLoan(brandId, second.loanId)).toMatchObject({ outcome: 'declined', ruleSet: { version: 2 } });
    expect((await w.r.ruleSets.listByBrand(brandId)).map((v) => [v.version, v.status])).toEqual([[1, 'retired'], [2, 'active']]);
  });

  it('runs the scorecard after the rules: a total below the reject threshold declines with SCORE_BELOW_THRESHOLD', async () => {
    const w = await decisioningWorld();
    await w.activate(ruleSetDocument(1, 650), scorecardDocument);
    w.sources.reports.set('BRDLN1234A', report(680));
    w.sources.reports.set('GOODA1234A', report(760));
    const low = await w.applyAs(w.applicant('BRDLN1234A'));
    const high = await w.applyAs(w.applicant('GOODA1234A'));
    expect(await w.decide.execute(low.message)).toMatchObject({ status: 'REJECTED' });
    await w.decide.execute(high.message);
    expect((await w.r.loans.findById(brandId, low.loanId))?.toSnapshot().rejectionReasons).toEqual([SCORE_BELOW_THRESHOLD]);
    expect(await w.r.decisions.findLatestForLoan(brandId, low.loanId)).toMatchObject({ outcome: 'referred', evaluation: { outcome: 'auto-reject', total: '10' } });
    expect(await w.r.decisions.findLatestForLoan(brandId, high.loanId)).toMatchObject({ outcome: 'approved', loanStatus: 'UNDER_REVIEW', evaluation: { outcome: 'auto-approve', total: '100' } });
  });
});

describe('AllocateUnassignedLoans', () => {
  it('places loans that went under review with nobody available, balanced, once executives are there', async () => {
    const w = await decisioningWorld();
    await w.activate(ruleSetDocument());
    const loanIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      w.sources.reports.set(`GOODA200${i}A`, report(780));
      const { loanId, message } = await w.applyAs(w.applicant(`GOODA200${i}A`));
      expect(await w.decide.execute(message)).toMatchObject({ status: 'UNDER_REVIEW', allocation: { unassigned: 'NO_ELIGIBLE_STAFF' } });
      loanIds.push(loanId);
    }
    const allocate = new AllocateUnassignedLoans({ unitOfWork: w.lifecycle, ids: w.ids, clock: w.clock, timeZone: 'Asia/Kolkata' });
    expect(await allocate.execute({ actor: w.admin.actor, brandId })).toEqual({ ok: true, value: { assigned: 0, left: 3 } });
    const executives = [await w.staff('LOAN_EXECUTIVE'), await w.staff('LOAN_EXECUTIVE')].map((e) => e.user.id);
    await w.drain();
    expect(await allocate.execute({ actor: w.admin.actor, brandId })).toEqual({ ok: true, value: { assigned: 3, left: 0 } });
    const assignees = await Promise.all(loanIds.map(async (id) => (await w.r.loans.findById(brandId, id))?.assigneeId));
    expect(new Set(assignees)).toEqual(new Set(executives));
    expect((await w.drain()).filter((e) => e.type === 'loan.assigned')).toHaveLength(3);
    // Each assignment is audited with the admin who ran the allocation, and is on the loan's timeline.
    for (const loanId of loanIds) {
      const [audit, timeline] = await w.lifecycle.run(async (r) => [await r.lifecycle.auditTrail(brandId, { entityId: loanId, limit: 10, offset: 0 }), await r.lifecycle.timeline(brandId, loanId)] as const);
      expect(audit.filter((a) => a.action === 'loan.assigned')).toEqual([expect.objectContaining({ actorId: w.admin.user.id, before: { status: 'UNDER_REVIEW', version: expect.any(Number) }, after: { status: 'UNDER_REVIEW', version: expect.any(Number) } })]);
      expect(timeline.filter((e) => e.type === 'loan.assigned')).toEqual([expect.objectContaining({ actorId: w.admin.user.id })]);
    }
    const executive = (await w.staff('LOAN_EXECUTIVE')).actor;
    expect(await allocate.execute({ actor: executive, brandId })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
