import { DEMO_PASSWORD, ids, lifecycleIds, seedLifecycleDefaults } from '@los/composition';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningApp, call, completeDemoKyc, signInCustomer, startApp } from './running-app.js';
import { testEnvironments } from './test-environments.js';

for (const environment of testEnvironments) {
  describe.skipIf(environment.skip !== undefined)(`audit log over HTTP — ${environment.name}${environment.skip ? ` (skipped: ${environment.skip})` : ''}`, () => {
    let running: RunningApp;
    const staff: Record<string, { token: string; id: string }> = {};
    let productId = '';
    const login = async (name: string, email: string) => {
      const r = await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email, password: DEMO_PASSWORD } });
      staff[name] = { token: r.body.accessToken as string, id: r.body.user.id as string };
    };
    const audit = (query: string, token: string) => call(running.app, 'GET', `/api/v1/partner/brand/${running.demoBrandId}/audit${query}`, { token });

    beforeAll(async () => {
      running = await startApp(environment);
      const c = running.base.container;
      await seedLifecycleDefaults(c.get(lifecycleIds.UnitOfWork), running.demoBrandId);
      productId = (await c.get(ids.Repositories).brands.listProducts(running.demoBrandId)).find((p) => p.code === 'personal-loan')!.id;
      await login('credit', 'credit.executive@demo.los.dev');
      await login('manager', 'sanction.manager@demo.los.dev');
      await login('admin', 'admin@demo.los.dev');
    }, 120_000);
    afterAll(async () => running?.stop());

    it("lists a loan's transitions with their actors and states to the brand admin, and refuses other roles", async () => {
      const token = await signInCustomer(running, '+919822000301');
      await completeDemoKyc(running.app, token);
      const applied = await call(running.app, 'POST', '/api/v1/web/loans', { token, body: { productId, amount: { amount: '80000.00', currency: 'INR' }, tenure: 12 } });
      expect(applied.status).toBe(201);
      const loanId = applied.body.id as string;
      await vi.waitFor(async () => expect((await call(running.app, 'GET', `/api/v1/web/loans/${loanId}`, { token })).body.status).toBe('UNDER_REVIEW'), { timeout: 15_000, interval: 50 });
      const loan = `/api/v1/partner/brand/${running.demoBrandId}/loans/${loanId}`;
      const credit = staff['credit']!;
      const manager = staff['manager']!;
      const cam = await call(running.app, 'PUT', `${loan}/cam`, { token: credit.token, body: { salaryCredits: ['150000.00', '152000.00', '149000.00'], obligations: ['12000.00'] } });
      expect(cam.status).toBe(200);
      expect((await call(running.app, 'POST', `${loan}/recommend`, { token: credit.token })).status).toBe(200);
      expect((await call(running.app, 'POST', `${loan}/sanction`, { token: credit.token })).status).toBe(403);
      const sanctioned = await call(running.app, 'POST', `${loan}/sanction`, { token: manager.token });
      expect(sanctioned.status).toBe(200);

      const trail = await audit(`?entityId=${loanId}&limit=4`, staff['admin']!.token);
      expect(trail.status).toBe(200);
      expect(trail.body).toMatchObject({ limit: 4, offset: 0 });
      expect(trail.body.items.map((e: any) => [e.entityType, e.entityId, e.action, e.actorId, e.before, e.after])).toEqual([
        // The worker's screening of the application, by the system.
        ['loan', loanId, expect.stringMatching(/^loan\.under_review/), null, { status: 'APPLIED', version: expect.any(Number) }, { status: 'UNDER_REVIEW', version: expect.any(Number) }],
        ['loan', loanId, 'loan.appraised', credit.id, { status: 'UNDER_REVIEW', version: expect.any(Number) }, { status: 'UNDER_REVIEW', version: expect.any(Number) }],
        ['loan', loanId, 'loan.credit_approved', credit.id, { status: 'UNDER_REVIEW', version: expect.any(Number) }, { status: 'CREDIT_APPROVED', version: expect.any(Number) }],
        ['loan', loanId, 'loan.sanctioned', manager.id, { status: 'CREDIT_APPROVED', version: expect.any(Number) }, { status: 'SANCTIONED', version: expect.any(Number) }],
      ]);
      // Each row names what caused it: the consumed event for the worker's decision, the HTTP request for staff steps.
      expect(trail.body.items[0].requestId).toMatch(/^event:[0-9a-f-]{36}$/);
      expect(trail.body.items[1].requestId).toBe(cam.requestId);
      expect(trail.body.items[3].requestId).toBe(sanctioned.requestId);
      expect(new Set(trail.body.items.map((e: any) => e.requestId)).size).toBe(4);
      // Each change starts from the version the one before it reached.
      const items = trail.body.items as { before: { version: number }; after: { version: number } }[];
      for (const [i, e] of items.entries()) {
        expect(e.after.version).toBe(e.before.version + 1);
        if (i > 0) expect(e.before.version).toBe(items[i - 1]!.after.version);
      }

      expect((await audit(`?entityId=${loanId}&limit=1&offset=3`, staff['admin']!.token)).body.items.map((e: any) => e.action)).toEqual(['loan.sanctioned']);
      expect((await audit('', manager.token)).status).toBe(403);
      expect((await audit('', credit.token)).status).toBe(403);
      const bad = await audit('?limit=0&offset=-1', staff['admin']!.token);
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.details)).toMatch(/limit[\s\S]*offset|offset[\s\S]*limit/);
      const otherBrand = await call(running.app, 'GET', '/api/v1/partner/brand/00000000-0000-4000-8000-000000000000/audit', { token: staff['admin']!.token });
      expect(otherBrand.status).toBe(404);
      expect((await audit('', token)).status).toBe(401);
      const paths = Object.keys((await call(running.app, 'GET', '/openapi.json')).body.paths as object);
      expect(paths.filter((p) => p.endsWith('/audit'))).toEqual(['/api/v1/partner/brand/{brandId}/audit']);
    }, 60_000);
  });
}
