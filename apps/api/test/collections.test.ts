import { DEMO_PASSWORD } from '@los/composition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, call, startApp } from './running-app.js';
import { testEnvironments } from './test-environments.js';

const password = 'a-long-password-1';
const product = {
  code: 'salary-advance', name: 'Salary Advance', currency: 'INR', minAmount: '5000.00', maxAmount: '50000.00',
  tenureUnit: 'DAY', allowedTenures: [30], annualRatePercent: '30', processingFee: { kind: 'FLAT', amount: '250.00' },
};

for (const environment of testEnvironments) {
  describe.skipIf(environment.skip !== undefined)(`collections over HTTP — ${environment.name}${environment.skip ? ` (skipped: ${environment.skip})` : ''}`, () => {
    let running: RunningApp;
    const s: Record<string, string> = {};
    const base = () => `/api/v1/partner/brand/${s['brandId']}`;
    const login = async (email: string, pass = password) => (await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email, password: pass } })).body.accessToken as string;

    beforeAll(async () => {
      running = await startApp(environment);
      const root = await login('super.admin@demo.los.dev', DEMO_PASSWORD);
      const brand = await call(running.app, 'POST', '/api/v1/admin/brands', { token: root, body: { code: 'collectcash', name: 'CollectCash', products: [product] } });
      s['brandId'] = brand.body.brand.id;
      const staff = async (email: string, role: string) => {
        const created = await call(running.app, 'POST', '/api/v1/admin/staff', { token: root, body: { email, name: email, password, roles: [{ brandId: s['brandId'], role }] } });
        expect(created.status).toBe(201);
        s[role] = await login(email);
        return created.body.id as string;
      };
      await staff('admin@collectcash.example', 'ADMIN');
      s['collectorId'] = await staff('collector@collectcash.example', 'COLLECTION_EXECUTIVE');
      await staff('manager@collectcash.example', 'COLLECTION_MANAGER');
      s['loanExecId'] = await staff('exec@collectcash.example', 'LOAN_EXECUTIVE');
    }, 120_000);
    afterAll(async () => running?.stop());

    it("an admin sets a collection executive's profile; bad fields are a 400 naming each, other roles 403, other users 404", async () => {
      const put = (userId: string, body: unknown, token = s['ADMIN']) => call(running.app, 'PUT', `${base()}/collection-profiles/${userId}`, { token, body });
      const saved = await put(s['collectorId']!, { rating: '4', locations: ['560001', 'Bengaluru'], capacity: 30 });
      expect(saved.status).toBe(200);
      expect(saved.body).toEqual({ userId: s['collectorId'], rating: '4.0', locations: ['560001', 'Bengaluru'], capacity: 30 });
      const bad = await put(s['collectorId']!, { rating: '7.25', locations: 'Pune', capacity: -1 });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['body.capacity', 'body.locations', 'body.rating']);
      expect((await put(s['collectorId']!, { rating: '3', locations: [] }, s['COLLECTION_MANAGER'])).status).toBe(403);
      expect((await put(s['loanExecId']!, { rating: '3', locations: [] })).status).toBe(404);
      expect((await call(running.app, 'PUT', `/api/v1/partner/brand/00000000-0000-4000-8000-000000000000/collection-profiles/${s['collectorId']}`, { token: s['ADMIN'], body: { rating: '3', locations: [] } })).status).toBe(404);
    });

    it('collection managers and admins run the allocation; a collection executive reads only their own loans', async () => {
      const allocate = (token?: string) => call(running.app, 'POST', `${base()}/collections/allocate`, { ...(token ? { token } : {}) });
      expect(await allocate(s['COLLECTION_MANAGER']).then((r) => [r.status, r.body])).toEqual([200, { assigned: 0, left: 0 }]);
      expect((await allocate(s['ADMIN'])).status).toBe(200);
      expect((await allocate(s['COLLECTION_EXECUTIVE'])).status).toBe(403);
      expect((await allocate(s['LOAN_EXECUTIVE'])).status).toBe(403);
      expect((await allocate()).status).toBe(401);
      const mine = (token: string | undefined) => call(running.app, 'GET', `${base()}/collections/my-loans`, { ...(token ? { token } : {}) });
      expect(await mine(s['COLLECTION_EXECUTIVE']).then((r) => [r.status, r.body])).toEqual([200, { items: [] }]);
      expect((await mine(s['LOAN_EXECUTIVE'])).status).toBe(403);
      const paths = Object.keys((await call(running.app, 'GET', '/openapi.json')).body.paths as object).filter((p) => p.includes('collection'));
      expect(paths.sort()).toEqual([
        '/api/v1/partner/brand/{brandId}/collection-profiles/{userId}',
        '/api/v1/partner/brand/{brandId}/collections/allocate',
        '/api/v1/partner/brand/{brandId}/collections/my-loans',
      ]);
    });
  });
}
