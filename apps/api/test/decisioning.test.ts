import { DEMO_PASSWORD, exampleSalaryAdvanceRuleSet } from '@los/composition';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningApp, call, startApp } from './running-app.js';
import { testEnvironments } from './test-environments.js';

const product = {
  code: 'salary-advance',
  name: 'Salary Advance',
  currency: 'INR',
  minAmount: '5000.00',
  maxAmount: '50000.00',
  tenureUnit: 'DAY',
  allowedTenures: [30],
  annualRatePercent: '30',
  processingFee: { kind: 'FLAT', amount: '250.00' },
};
const password = 'a-long-password-1';
const applicant = (pan: string) => ({ pan, dateOfBirth: '1990-04-01', monthlyIncome: { amount: '60000.00', currency: 'INR' }, employmentType: 'SALARIED', employer: { name: 'Infosys', category: 'A' }, pincode: '560001' });
const days = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

for (const environment of testEnvironments) {
  describe.skipIf(environment.skip !== undefined)(`decisioning over HTTP — ${environment.name}${environment.skip ? ` (skipped: ${environment.skip})` : ''}`, () => {
    let running: RunningApp;
    const s: Record<string, string> = {};
    let phone = 919_811_000_101;
    const base = () => `/api/v1/partner/brand/${s['brandId']}`;
    const login = async (email: string, pass = password) => (await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email, password: pass } })).body.accessToken as string;
    const customer = async () => {
      const number = `+${phone++}`;
      const registered = await call(running.app, 'POST', '/api/v1/web/auth/register', { body: { brandId: s['brandId'], phone: number } });
      if (registered.status !== 202) throw new Error(`register failed: ${JSON.stringify(registered.body)}`);
      const verified = await call(running.app, 'POST', '/api/v1/web/auth/verify-otp', { body: { brandId: s['brandId'], phone: number, otp: running.lastOtp(number) } });
      if (!verified.body?.accessToken) throw new Error(`sign-in failed: ${JSON.stringify(verified.body)}`);
      return verified.body.accessToken as string;
    };
    const apply = async (token: string, body: Record<string, unknown> = {}) =>
      call(running.app, 'POST', '/api/v1/web/loans', { token, body: { productId: s['productId'], amount: { amount: '20000.00', currency: 'INR' }, tenure: 30, ...body } });
    const settled = async (token: string, loanId: string) => {
      let loan: any;
      await vi.waitFor(
        async () => {
          loan = (await call(running.app, 'GET', `/api/v1/web/loans/${loanId}`, { token })).body;
          expect(loan.status).not.toBe('APPLIED');
        },
        { timeout: 15_000, interval: 50 },
      );
      return loan;
    };

    beforeAll(async () => {
      running = await startApp(environment);
      const root = await login('super.admin@demo.los.dev', DEMO_PASSWORD);
      const brand = await call(running.app, 'POST', '/api/v1/admin/brands', { token: root, body: { code: 'rulecash', name: 'RuleCash', products: [product] } });
      s['brandId'] = brand.body.brand.id;
      s['productId'] = brand.body.products[0].id;
      const staff = async (email: string, role: string) => {
        const created = await call(running.app, 'POST', '/api/v1/admin/staff', { token: root, body: { email, name: email, password, roles: [{ brandId: s['brandId'], role }] } });
        expect(created.status).toBe(201);
        return created.body.id as string;
      };
      s['adminId'] = await staff('admin@rulecash.example', 'ADMIN');
      s['execA'] = await staff('exec.a@rulecash.example', 'LOAN_EXECUTIVE');
      s['execB'] = await staff('exec.b@rulecash.example', 'LOAN_EXECUTIVE');
      await staff('collector@rulecash.example', 'COLLECTION_EXECUTIVE');
      s['admin'] = await login('admin@rulecash.example');
      s['exec'] = await login('exec.a@rulecash.example');
    }, 120_000);
    afterAll(async () => running?.stop());

    it('1. an admin drafts, validates, checks and activates a rule set; other roles are refused', async () => {
      const broken = { ...exampleSalaryAdvanceRuleSet(), rules: [{ id: 'x', kind: 'maybe', reason: 'X', onUnknown: 'refer', require: { op: 'gte', left: { fact: 'bureau.scroe' }, right: 1 } }] };
      const validation = await call(running.app, 'POST', `${base()}/rule-sets/validate`, { token: s['admin'], body: { document: broken } });
      expect(validation.status).toBe(200);
      expect(validation.body.valid).toBe(false);
      expect(validation.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['$.rules[0].kind']));
      const refused = await call(running.app, 'POST', `${base()}/rule-sets`, { token: s['admin'], body: { document: broken } });
      expect(refused.status).toBe(422);
      expect(refused.body.error).toBe('RULE_SET_INVALID');

      const drafted = await call(running.app, 'POST', `${base()}/rule-sets`, { token: s['admin'], body: { document: exampleSalaryAdvanceRuleSet() } });
      expect(drafted.status).toBe(201);
      expect(drafted.body).toMatchObject({ id: 'salary-advance', version: 1, status: 'draft', productCode: 'salary-advance' });
      const early = await call(running.app, 'POST', `${base()}/rule-sets/salary-advance/versions/1/activate`, { token: s['admin'] });
      expect(early.status).toBe(409);
      expect(early.body.error).toBe('RULE_SET_NOT_CHECKED');
      const checked = await call(running.app, 'POST', `${base()}/rule-sets/salary-advance/versions/1/check`, { token: s['admin'], body: { runs: 60 } });
      expect(checked.status).toBe(200);
      expect(checked.body).toMatchObject({ passed: true, version: { status: 'checked' } });
      const activated = await call(running.app, 'POST', `${base()}/rule-sets/salary-advance/versions/1/activate`, { token: s['admin'] });
      expect(activated.status).toBe(200);
      expect(activated.body.status).toBe('active');
      const read = await call(running.app, 'GET', `${base()}/rule-sets/salary-advance/versions/1`, { token: s['admin'] });
      expect(read.body.document).toEqual(exampleSalaryAdvanceRuleSet());

      const collector = await login('collector@rulecash.example');
      expect((await call(running.app, 'GET', `${base()}/rule-sets`, { token: collector })).status).toBe(403);
      expect((await call(running.app, 'GET', `${base()}/rule-sets`, { token: s['exec'] })).status).toBe(403);
      const demoAdmin = await login('admin@demo.los.dev', DEMO_PASSWORD);
      expect((await call(running.app, 'GET', `${base()}/rule-sets`, { token: demoAdmin })).status).toBe(404);
    });

    it('2. bad applicant fields are refused with 400 naming each one', async () => {
      const token = await customer();
      const bad = await apply(token, { applicant: { pan: 'abc', monthlyIncome: { amount: 60000, currency: 'INR' }, dateOfBirth: '1990-02-30', pincode: '12' } });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['body.applicant.dateOfBirth', 'body.applicant.monthlyIncome.amount', 'body.applicant.pan', 'body.applicant.pincode']);
    });

    it("3. a sandbox 'low score' identity is rejected with the rule's reason, and staff see the explanation", async () => {
      const token = await customer();
      const applied = await apply(token, { applicant: applicant('LOWPE1234F') });
      expect(applied.status).toBe(201);
      s['badLoan'] = applied.body.id;
      const loan = await settled(token, applied.body.id);
      expect(loan).toMatchObject({ status: 'REJECTED', assigneeId: null });
      expect(loan.rejectionReasons).toContain('BUREAU_SCORE_LOW');
      const decision = await call(running.app, 'GET', `${base()}/loans/${s['badLoan']}/decision`, { token: s['exec'] });
      expect(decision.status).toBe(200);
      expect(decision.body).toMatchObject({ id: loan.decisionId, outcome: 'declined', loanStatus: 'REJECTED', ruleSet: { id: 'salary-advance', version: 1 } });
      expect(decision.body.reasons).toContainEqual({ code: 'BUREAU_SCORE_LOW', ruleId: 'bureau-score-floor', kind: 'hard', cause: 'failed' });
      const rule = decision.body.explanation.find((e: { ruleId: string }) => e.ruleId === 'bureau-score-floor');
      expect(rule).toMatchObject({ outcome: 'fail', effect: 'decline' });
      expect(JSON.stringify(rule.checks)).toContain('bureau.score');
      expect(decision.body.facts.bureau.score).toBe(610);
      // PAN checked for the decision; the customer took no KYC step of their own yet.
      expect(decision.body.facts.kyc).toEqual({ panStatus: 'VALID', aadhaarVerified: false, bankAccountVerified: false });
      const collector = await login('collector@rulecash.example');
      expect((await call(running.app, 'GET', `${base()}/loans/${s['badLoan']}/decision`, { token: collector })).status).toBe(403);
    });

    it('4. a good applicant goes under review, assigned to a loan executive of the brand', async () => {
      const token = await customer();
      const applied = await apply(token, { applicant: applicant('ABCPE1234F') });
      const loan = await settled(token, applied.body.id);
      expect(loan.status).toBe('UNDER_REVIEW');
      expect([s['execA'], s['execB']]).toContain(loan.assigneeId);
      s['goodLoan'] = loan.id;
      s['firstAssignee'] = loan.assigneeId;
      const decision = await call(running.app, 'GET', `${base()}/loans/${loan.id}/decision`, { token: s['exec'] });
      expect(decision.body.loanStatus).toBe('UNDER_REVIEW');
      expect(decision.body.outcome).not.toBe('declined');
    });

    it('5. two applications submitted at once go to two different executives', async () => {
      const tokens = [await customer(), await customer()];
      const applied = await Promise.all(tokens.map((t) => apply(t, { applicant: applicant('PQRPE4321K') })));
      const loans = await Promise.all(applied.map((a, i) => settled(tokens[i]!, a.body.id)));
      expect(loans.map((l) => l.status)).toEqual(['UNDER_REVIEW', 'UNDER_REVIEW']);
      expect(new Set(loans.map((l) => l.assigneeId)).size).toBe(2);
      expect(loans.every((l) => [s['execA'], s['execB']].includes(l.assigneeId))).toBe(true);
    });

    it('6. an executive marked unavailable receives no new loans', async () => {
      const away = s['firstAssignee']!;
      const marked = await call(running.app, 'POST', `${base()}/staff/${away}/unavailability`, { token: s['admin'], body: { dates: [days(-1), days(0), days(1)] } });
      expect(marked.status).toBe(200);
      expect(marked.body.changed).toBe(3);
      const listed = await call(running.app, 'GET', `${base()}/staff-unavailability?from=${days(-1)}&to=${days(1)}`, { token: s['admin'] });
      expect(listed.body.items).toHaveLength(3);
      for (let i = 0; i < 2; i++) {
        const token = await customer();
        const applied = await apply(token, { applicant: applicant('PQRPE1111K') });
        expect((await settled(token, applied.body.id)).assigneeId).not.toBe(away);
      }
    });

    it('7. a new version decides new loans; the stored decision keeps the version that made it', async () => {
      const v2 = exampleSalaryAdvanceRuleSet();
      v2['version'] = 2;
      const rules = v2['rules'] as { id: string; require: { right: unknown } }[];
      rules.find((r) => r.id === 'bureau-score-floor')!.require.right = 600;
      expect((await call(running.app, 'POST', `${base()}/rule-sets`, { token: s['admin'], body: { document: v2 } })).status).toBe(201);
      const dry = await call(running.app, 'POST', `${base()}/rule-sets/salary-advance/versions/2/dry-run`, { token: s['admin'], body: { loanId: s['badLoan'] } });
      expect(dry.status).toBe(200);
      expect(dry.body).toMatchObject({ factsSource: 'stored-decision', ruleSet: { version: 2 }, current: { outcome: 'declined', ruleSet: { version: 1 } } });
      expect(dry.body.reasons.map((r: { code: string }) => r.code)).not.toContain('BUREAU_SCORE_LOW');

      // Replayed over the brand's past applications, v2 changes the declined one only: every other standing
      // decision is counted unchanged.
      const replayPath = `${base()}/rule-sets/salary-advance/versions/2/replay`;
      const replay = await call(running.app, 'POST', replayPath, { token: s['admin'], body: {} });
      expect(replay.status).toBe(200);
      const decided = Object.values(replay.body.transitions as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(replay.body.replayed).toBe(decided);
      expect(replay.body.replayed).toBeGreaterThanOrEqual(5);
      expect(replay.body.changed).toEqual([
        { loanId: s['badLoan'], decisionId: expect.any(String), decidedBy: expect.objectContaining({ version: 1 }), before: 'declined', after: 'referred', reasonsBefore: expect.arrayContaining(['BUREAU_SCORE_LOW']), reasonsAfter: expect.not.arrayContaining(['BUREAU_SCORE_LOW']) },
      ]);
      expect(replay.body.transitions['declined→referred']).toBe(1);
      const newest = await call(running.app, 'POST', replayPath, { token: s['admin'], body: { limit: 1 } });
      expect(newest.body.replayed).toBe(1);
      expect((await call(running.app, 'POST', replayPath, { token: s['admin'], body: { limit: 0 } })).body.details.map((d: { field: string }) => d.field)).toEqual(['body.limit']);
      expect((await call(running.app, 'POST', replayPath, { token: s['exec'], body: {} })).status).toBe(403);
      expect((await call(running.app, 'POST', `${base()}/rule-sets/salary-advance/versions/9/replay`, { token: s['admin'], body: {} })).status).toBe(404);
      expect((await call(running.app, 'POST', `${base()}/rule-sets/salary-advance/versions/2/check`, { token: s['admin'], body: { runs: 60 } })).body.passed).toBe(true);
      expect((await call(running.app, 'POST', `${base()}/rule-sets/salary-advance/versions/2/activate`, { token: s['admin'] })).status).toBe(200);
      const list = await call(running.app, 'GET', `${base()}/rule-sets`, { token: s['admin'] });
      expect(list.body.items.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[1, 'retired'], [2, 'active']]);

      const old = await call(running.app, 'GET', `${base()}/loans/${s['badLoan']}/decision`, { token: s['exec'] });
      expect(old.body).toMatchObject({ outcome: 'declined', ruleSet: { version: 1 } });
      const token = await customer();
      const applied = await apply(token, { applicant: applicant('LOWPE1234F') });
      const loan = await settled(token, applied.body.id);
      expect(loan.status).toBe('UNDER_REVIEW');
      const fresh = await call(running.app, 'GET', `${base()}/loans/${loan.id}/decision`, { token: s['exec'] });
      expect(fresh.body.ruleSet.version).toBe(2);
    });

    it('8. a loan decided while every executive is away waits unassigned until an admin allocates it', async () => {
      const dates = [days(-1), days(0), days(1)];
      for (const id of [s['execA'], s['execB']]) await call(running.app, 'POST', `${base()}/staff/${id}/unavailability`, { token: s['admin'], body: { dates } });
      const token = await customer();
      const applied = await apply(token, { applicant: applicant('PQRPE2222K') });
      const waiting = await settled(token, applied.body.id);
      expect(waiting).toMatchObject({ status: 'UNDER_REVIEW', assigneeId: null });
      const nobody = await call(running.app, 'POST', `${base()}/loans/allocate`, { token: s['admin'] });
      expect(nobody.body).toEqual({ assigned: 0, left: 1 });
      await call(running.app, 'POST', `${base()}/staff/${s['execB']}/unavailability`, { token: s['admin'], body: { dates, unavailable: false } });
      const placed = await call(running.app, 'POST', `${base()}/loans/allocate`, { token: s['admin'] });
      expect(placed.body).toEqual({ assigned: 1, left: 0 });
      expect((await call(running.app, 'GET', `/api/v1/web/loans/${waiting.id}`, { token })).body.assigneeId).toBe(s['execB']);
      expect((await call(running.app, 'POST', `${base()}/loans/allocate`, { token: s['exec'] })).status).toBe(403);
      // The admin's allocation is on the loan's audit log under the admin's name, after the system's decision.
      const trail = (await call(running.app, 'GET', `${base()}/audit?entityId=${waiting.id}`, { token: s['admin'] })).body.items as { action: string; actorId: string | null }[];
      expect(trail.at(-1)).toMatchObject({ actorId: s['adminId'], action: expect.stringContaining('assigned') });
      expect(trail.slice(0, -1).every((e) => e.actorId === null)).toBe(true);
    });

    it("9. on the brand's closed day no loan is allocated; reopened, the admin's allocation places it", async () => {
      const dates = [days(-1), days(0), days(1)];
      await call(running.app, 'POST', `${base()}/staff/${s['execB']}/unavailability`, { token: s['admin'], body: { dates, unavailable: false } });
      const closed = await call(running.app, 'POST', `${base()}/closed-dates`, { token: s['admin'], body: { dates, reason: 'Diwali' } });
      expect(closed.body).toEqual({ changed: 3 });
      const listed = await call(running.app, 'GET', `${base()}/closed-dates?from=${days(0)}&to=${days(0)}`, { token: s['admin'] });
      expect(listed.body.items).toEqual([{ date: days(0), reason: 'Diwali' }]);
      expect((await call(running.app, 'POST', `${base()}/closed-dates`, { token: s['exec'], body: { dates } })).status).toBe(403);
      const token = await customer();
      const applied = await apply(token, { applicant: applicant('PQRPE3333L') });
      const waiting = await settled(token, applied.body.id);
      expect(waiting).toMatchObject({ status: 'UNDER_REVIEW', assigneeId: null });
      await call(running.app, 'POST', `${base()}/closed-dates`, { token: s['admin'], body: { dates, closed: false } });
      const placed = await call(running.app, 'POST', `${base()}/loans/allocate`, { token: s['admin'] });
      expect(placed.body).toEqual({ assigned: 1, left: 0 });
    });
  });
}
