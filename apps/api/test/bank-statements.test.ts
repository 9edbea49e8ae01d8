import { DEMO_PASSWORD } from '@los/composition';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningApp, call, signInCustomer, startApp } from './running-app.js';
import { type TestEnvironment, testEnvironments } from './test-environments.js';

/** A statement PDF the sandbox provider reads as the account of `pan` (its documented test identities). */
const statementPdf = (pan: string, extra = '') => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Account statement of PAN ${pan}\n${extra}trailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1').toString('base64');
const applicant = (pan: string) => ({ pan, dateOfBirth: '1990-04-01', monthlyIncome: { amount: '60000.00', currency: 'INR' }, employmentType: 'SALARIED', employer: { name: 'Infosys', category: 'A' }, pincode: '560001' });
const root = 'super.admin@demo.los.dev';

/** The environment with the worker's scheduler ticking fast, so the bank statement refresh job runs within a second or two. */
const quickJobs = (environment: TestEnvironment): TestEnvironment => ({
  ...environment,
  async create() {
    const created = await environment.create();
    return { ...created, env: { ...created.env, JOB_TICK_MS: '200', REMINDER_INTERVAL_MS: '1000' } };
  },
});

for (const environment of testEnvironments) {
  describe.skipIf(environment.skip !== undefined)(`bank statements over HTTP — ${environment.name}${environment.skip ? ` (skipped: ${environment.skip})` : ''}`, () => {
    let running: RunningApp;
    const s: Record<string, string> = {};
    const login = async (email: string, password = DEMO_PASSWORD) => (await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email, password } })).body.accessToken as string;
    const apply = (token: string, pan: string) =>
      call(running.app, 'POST', '/api/v1/web/loans', { token, body: { productId: s['productId'], amount: { amount: '20000.00', currency: 'INR' }, tenure: 30, applicant: applicant(pan) } });
    const decisionOf = async (token: string, loanId: string) => {
      await vi.waitFor(async () => expect((await call(running.app, 'GET', `/api/v1/web/loans/${loanId}`, { token })).body.status).not.toBe('APPLIED'), { timeout: 15_000, interval: 50 });
      const decision = await call(running.app, 'GET', `/api/v1/partner/brand/${running.demoBrandId}/loans/${loanId}/decision`, { token: s['exec'] });
      expect(decision.status).toBe(200);
      return decision.body;
    };
    const statements = (token: string) => call(running.app, 'GET', '/api/v1/web/bank-statements', { token });

    beforeAll(async () => {
      running = await startApp(quickJobs(environment));
      const products = await call(running.app, 'GET', `/api/v1/web/brands/${running.demoBrandId}/products`);
      s['productId'] = products.body.items.find((p: { code: string }) => p.code === 'salary-advance')?.id;
      if (!s['productId']) throw new Error(`no salary-advance product: ${JSON.stringify(products)}`);
      s['exec'] = await login('loan.executive@demo.los.dev');
      s['collector'] = await login('collection.executive@demo.los.dev');
      const admin = await login(root);
      const product = { code: 'cash', name: 'Cash', currency: 'INR', minAmount: '5000.00', maxAmount: '50000.00', tenureUnit: 'DAY', allowedTenures: [30], annualRatePercent: '30', processingFee: { kind: 'FLAT', amount: '250.00' } };
      const other = await call(running.app, 'POST', '/api/v1/admin/brands', { token: admin, body: { code: 'otherfin', name: 'OtherFin', products: [product] } });
      expect(other.status).toBe(201);
      const staff = await call(running.app, 'POST', '/api/v1/admin/staff', { token: admin, body: { email: 'exec@otherfin.example', name: 'Other', password: 'a-long-password-1', roles: [{ brandId: other.body.brand.id, role: 'LOAN_EXECUTIVE' }] } });
      expect(staff.status).toBe(201);
      s['otherExec'] = await login('exec@otherfin.example', 'a-long-password-1');
    }, 120_000);
    afterAll(async () => running?.stop());

    it('1. refuses a body that is not a PDF in base64, naming the field, and an encrypted PDF without its password; records nothing', async () => {
      const token = await signInCustomer(running, '+919811000301');
      const missing = await call(running.app, 'POST', '/api/v1/web/bank-statements', { token, body: {} });
      expect(missing.status).toBe(400);
      expect(missing.body.details.map((d: { field: string }) => d.field)).toEqual(['body.file']);
      const notPdf = await call(running.app, 'POST', '/api/v1/web/bank-statements', { token, body: { file: Buffer.from('PK\u0003\u0004 a zip file').toString('base64') } });
      expect(notPdf.status).toBe(400);
      expect(notPdf.body.details[0]).toMatchObject({ field: 'body.file', message: expect.stringMatching(/PDF/) });
      const locked = await call(running.app, 'POST', '/api/v1/web/bank-statements', { token, body: { file: statementPdf('PQRPE1234K', '/Encrypt << /Filter /Standard >>\n') } });
      expect(locked.status).toBe(422);
      expect(locked.body).toMatchObject({ error: 'STATEMENT_REJECTED', details: { reason: 'PASSWORD_INCORRECT' } });
      expect((await statements(token)).body).toEqual({ items: [] });
      expect((await call(running.app, 'GET', '/api/v1/web/bank-statements')).status).toBe(401);
      // Past its own limit (a 5 MiB PDF in base64) the upload is refused before it is read.
      const huge = await call(running.app, 'POST', '/api/v1/web/bank-statements', { token, raw: JSON.stringify({ file: 'A'.repeat(7 * 1024 * 1024) }) });
      expect(huge.status).toBe(413);
    });

    it('1b. takes a statement larger than the API-wide body limit (1 MiB), up to 5 MiB', async () => {
      const token = await signInCustomer(running, '+919811000304');
      const padding = `% ${'x'.repeat(80)}\n`.repeat(20_000);
      const big = await call(running.app, 'POST', '/api/v1/web/bank-statements', { token, body: { file: statementPdf('PQRPE1234K', padding) } });
      expect(big.status).toBe(201);
      expect(big.body.status).toBe('PENDING');
    });

    it('2. a shared statement is analysed by the refresh job, and the decision reads its bounces (EMI_BOUNCES)', async () => {
      const token = await signInCustomer(running, '+919811000302');
      s['bouncer'] = token;
      const shared = await call(running.app, 'POST', '/api/v1/web/bank-statements', { token, body: { file: statementPdf('BNCPE1234F') } });
      expect(shared.status).toBe(201);
      expect(shared.body).toMatchObject({ status: 'PENDING', provider: 'sandbox-bank-statements', figures: null, settledAt: null });
      // The same file again is the same submission.
      const again = await call(running.app, 'POST', '/api/v1/web/bank-statements', { token, body: { file: statementPdf('BNCPE1234F') } });
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(shared.body.id);

      let listed: any;
      await vi.waitFor(
        async () => {
          listed = (await statements(token)).body;
          expect(listed.items[0].status).toBe('COMPLETED');
        },
        { timeout: 20_000, interval: 100 },
      );
      expect(listed.items).toHaveLength(1);
      expect(listed.items[0]).toMatchObject({ id: shared.body.id, maskedAccountNumber: 'XXXXXXXX1234', figures: { bouncesLast3Months: 4, averageBalance: { currency: 'INR' } } });
      expect(listed.items[0].figures.averageBalance.amount).toMatch(/^\d+\.\d{2}$/);

      const applied = await apply(token, 'BNCPE1234F');
      expect(applied.status).toBe(201);
      s['bouncerLoan'] = applied.body.id;
      const decision = await decisionOf(token, applied.body.id);
      expect(decision.outcome).toBe('referred');
      expect(decision.reasons).toContainEqual(expect.objectContaining({ code: 'EMI_BOUNCES', cause: 'failed' }));
      expect(decision.facts.bank).toMatchObject({ bouncesLast3Months: 4, averageBalance: listed.items[0].figures.averageBalance.amount });
    }, 60_000);

    it('3. a customer who shared no statement has bank facts unknown, and sees nobody else’s statements', async () => {
      const token = await signInCustomer(running, '+919811000303');
      expect((await statements(token)).body).toEqual({ items: [] });
      const applied = await apply(token, 'PQRPE1234K');
      s['quietLoan'] = applied.body.id;
      const decision = await decisionOf(token, applied.body.id);
      expect(decision.facts.bank).toEqual({});
      expect(decision.reasons.filter((r: { code: string }) => r.code === 'EMI_BOUNCES' || r.code === 'SALARY_NOT_RECENT').map((r: { cause: string }) => r.cause)).toEqual(['unknown', 'unknown']);
    }, 60_000);

    it("4. underwriters read a loan's customer's statements in their brand; other roles 403, other brands 404", async () => {
      const path = (loanId: string | undefined) => `/api/v1/partner/brand/${running.demoBrandId}/loans/${loanId}/bank-statements`;
      const mine = await call(running.app, 'GET', path(s['bouncerLoan']), { token: s['exec'] });
      expect(mine.status).toBe(200);
      expect(mine.body.items.map((i: { status: string; figures: { bouncesLast3Months: number } }) => [i.status, i.figures.bouncesLast3Months])).toEqual([['COMPLETED', 4]]);
      expect((await call(running.app, 'GET', path(s['quietLoan']), { token: s['exec'] })).body).toEqual({ items: [] });
      expect((await call(running.app, 'GET', path(s['bouncerLoan']), { token: s['collector'] })).status).toBe(403);
      const elsewhere = await call(running.app, 'GET', path(s['bouncerLoan']), { token: s['otherExec'] });
      expect(elsewhere.status).toBe(404);
      expect(JSON.stringify(elsewhere.body)).not.toContain('XXXXXXXX1234');
      expect((await call(running.app, 'GET', path('00000000-0000-4000-8000-000000000999'), { token: s['exec'] })).status).toBe(404);
    });

    it('5. the routes are documented in /openapi.json', async () => {
      const spec = (await call(running.app, 'GET', '/openapi.json')).body;
      expect(Object.keys(spec.paths['/api/v1/web/bank-statements'])).toEqual(expect.arrayContaining(['get', 'post']));
      expect(spec.paths['/api/v1/partner/brand/{brandId}/loans/{loanId}/bank-statements'].get).toBeDefined();
    });
  });
}
