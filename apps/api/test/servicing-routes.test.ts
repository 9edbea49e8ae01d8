import { DEMO_PASSWORD, ids } from '@los/composition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, call, signInCustomer, startApp } from './running-app.js';
import { testEnvironments } from './test-environments.js';

const unknownId = '0190f2a4-0000-7000-8000-000000000000';

for (const environment of testEnvironments) {
  describe.skipIf(environment.skip !== undefined)(`servicing routes — ${environment.name}${environment.skip ? ` (skipped: ${environment.skip})` : ''}`, () => {
    let running: RunningApp;
    const s: Record<string, string> = {};
    const partner = () => `/api/v1/partner/brand/${running.demoBrandId}`;
    const login = async (email: string) => (await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email, password: DEMO_PASSWORD } })).body.accessToken as string;
    const get = (path: string, token: string) => call(running.app, 'GET', path, { token });
    const post = (path: string, token: string, body: unknown = {}) => call(running.app, 'POST', path, { token, body });

    beforeAll(async () => {
      running = await startApp(environment);
      const products = await running.base.container.get(ids.Repositories).brands.listProducts(running.demoBrandId);
      s['owner'] = await signInCustomer(running, '+919822000301');
      s['stranger'] = await signInCustomer(running, '+919822000302');
      // Applied, never disbursed: whatever the screening decides, it has no schedule.
      const applied = await call(running.app, 'POST', '/api/v1/web/loans', { token: s['owner'], body: { productId: products.find((p) => p.code === 'personal-loan')!.id, amount: { amount: '50000.00', currency: 'INR' }, tenure: 12 } });
      expect(applied.status).toBe(201);
      s['loanId'] = applied.body.id as string;
      s['admin'] = await login('admin@demo.los.dev');
      s['root'] = await login('super.admin@demo.los.dev');
      s['credit'] = await login('credit.executive@demo.los.dev');
    }, 120_000);
    afterAll(async () => running?.stop());

    it("answers 404 for another customer's loan and 422 LOAN_NOT_DISBURSED for the schedule of a loan not yet disbursed", async () => {
      const web = `/api/v1/web/loans/${s['loanId']}`;
      for (const path of [`${web}/schedule`, `${web}/foreclosure-quote`]) {
        const other = await get(path, s['stranger']!);
        expect(other.status, path).toBe(404);
        expect(other.body.error).toBe('LOAN_NOT_FOUND');
      }
      expect((await post(`${web}/payment-link`, s['stranger']!, { purpose: 'REPAYMENT' })).status).toBe(404);
      const own = await get(`${web}/schedule`, s['owner']!);
      expect(own.status).toBe(422);
      expect(own.body.error).toBe('LOAN_NOT_DISBURSED');
      const staffRead = await get(`${partner()}/loans/${s['loanId']}/schedule`, s['admin']!);
      expect(staffRead.body.error).toBe('LOAN_NOT_DISBURSED');
      const quote = await get(`${web}/foreclosure-quote`, s['owner']!);
      expect([quote.status, quote.body.error]).toEqual([422, 'LOAN_NOT_IN_REPAYMENT']);
      const link = await post(`${web}/payment-link`, s['owner']!, { purpose: 'FORECLOSURE' });
      expect([link.status, link.body.error]).toEqual([422, 'LOAN_NOT_IN_REPAYMENT']);
      const badPurpose = await post(`${web}/payment-link`, s['owner']!, { purpose: 'TIP' });
      expect(badPurpose.status).toBe(400);
      expect(badPurpose.body.details.map((d: { field: string }) => d.field)).toEqual(['body.purpose']);
    });

    it("refuses loan ops to a credit executive with 403, an unsigned loan's disbursal with 409, and an unknown loan or payment with 404", async () => {
      const loan = `${partner()}/loans/${s['loanId']}`;
      expect((await post(`${loan}/disbursal`, s['credit']!)).status).toBe(403);
      expect((await get(`${loan}/ledger`, s['credit']!)).status).toBe(403);
      expect((await get(`${partner()}/payments`, s['credit']!)).status).toBe(403);
      expect((await post(`${loan}/payments`, s['credit']!, { amount: '100.00', utr: 'UTR000111', receivedOn: '2026-01-02' })).status).toBe(403);
      const unsigned = await post(`${loan}/disbursal`, s['admin']!);
      expect([unsigned.status, unsigned.body.error]).toEqual([409, 'TRANSITION_REFUSED']);
      expect((await get(`${partner()}/loans/${unknownId}/ledger`, s['admin']!)).status).toBe(404);
      expect((await post(`${partner()}/payments/${unknownId}/approve`, s['admin']!)).status).toBe(404);
    });

    it('answers 400 naming each bad field of a manual payment', async () => {
      const bad = await post(`${partner()}/loans/${s['loanId']}/payments`, s['admin']!, { amount: 1500, utr: 'a-b', receivedOn: '2026-02-30' });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['body.amount', 'body.receivedOn', 'body.utr']);
      for (const amount of ['0.00', '0', '12.345', '-5']) {
        const refused = await post(`${partner()}/loans/${s['loanId']}/payments`, s['admin']!, { amount, utr: 'UTR000222', receivedOn: '2026-01-02' });
        expect(refused.status, amount).toBe(400);
        expect(refused.body.details.map((d: { field: string }) => d.field), amount).toEqual(['body.amount']);
      }
      const badQuery = await get(`${partner()}/payments?status=PAID&loanId=nope`, s['admin']!);
      expect(badQuery.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['query.loanId', 'query.status']);
    });

    it('takes manual payments only for loans in repayment', async () => {
      const path = `${partner()}/loans/${s['loanId']}/payments`;
      const entered = await post(path, s['admin']!, { amount: '2500.50', utr: 'HDFCN52026010200', receivedOn: '2026-01-02' });
      expect([entered.status, entered.body.error]).toEqual([422, 'LOAN_NOT_IN_REPAYMENT']);
      const queue = await get(`${partner()}/payments?status=PENDING_APPROVAL&loanId=${s['loanId']}`, s['admin']!);
      expect(queue.body.items).toEqual([]);
    });

    it('documents every servicing route in /openapi.json', async () => {
      const paths = (await call(running.app, 'GET', '/openapi.json')).body.paths;
      const expected: Record<string, string[]> = {
        '/api/v1/web/loans/{loanId}/schedule': ['get'],
        '/api/v1/web/loans/{loanId}/foreclosure-quote': ['get'],
        '/api/v1/web/loans/{loanId}/payment-link': ['post'],
        '/api/v1/partner/brand/{brandId}/loans/{loanId}/disbursal': ['post'],
        '/api/v1/partner/brand/{brandId}/loans/{loanId}/schedule': ['get'],
        '/api/v1/partner/brand/{brandId}/loans/{loanId}/ledger': ['get'],
        '/api/v1/partner/brand/{brandId}/loans/{loanId}/foreclosure-quote': ['get'],
        '/api/v1/partner/brand/{brandId}/loans/{loanId}/payments': ['post'],
        '/api/v1/partner/brand/{brandId}/payments': ['get'],
        '/api/v1/partner/brand/{brandId}/payments/{paymentId}/approve': ['post'],
        '/api/v1/partner/brand/{brandId}/payments/{paymentId}/reject': ['post'],
      };
      for (const [path, methods] of Object.entries(expected)) expect(Object.keys(paths[path] ?? {}), path).toEqual(methods);
    });
  });
}
