import { DEMO_PASSWORD } from '@los/composition';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningApp, call, startApp } from './running-app.js';
import { testEnvironments } from './test-environments.js';

const product = {
  code: 'salary-advance',
  name: 'Salary Advance',
  currency: 'INR',
  minAmount: '10000.00',
  maxAmount: '50000.00',
  tenureUnit: 'DAY',
  allowedTenures: [15, 30, 45],
  annualRatePercent: '30',
  processingFee: { kind: 'PERCENT', percent: '2.5', min: '250.00' },
};

for (const environment of testEnvironments) {
  describe.skipIf(environment.skip !== undefined)(`the first journey, end to end over HTTP — ${environment.name}${environment.skip ? ` (skipped: ${environment.skip})` : ''}`, () => {
    let running: RunningApp;
    const state: Record<string, string> = {};

    beforeAll(async () => {
      running = await startApp(environment);
    }, 120_000);
    afterAll(async () => running?.stop());

    it('1. a super admin creates a brand with a product, and a staff user for it', async () => {
      const login = await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email: 'super.admin@demo.los.dev', password: DEMO_PASSWORD } });
      expect(login.status).toBe(200);
      state['admin'] = login.body.accessToken;

      const brand = await call(running.app, 'POST', '/api/v1/admin/brands', { token: state['admin'], body: { code: 'quickcash', name: 'QuickCash', products: [product] } });
      expect(brand.status).toBe(201);
      expect(brand.body.products[0]).toMatchObject({ code: 'salary-advance', minAmount: '10000.00', maxAmount: '50000.00', annualRatePercent: '30' });
      state['brandId'] = brand.body.brand.id;
      state['productId'] = brand.body.products[0].id;

      const again = await call(running.app, 'POST', '/api/v1/admin/brands', { token: state['admin'], body: { code: 'quickcash', name: 'Again', products: [product] } });
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('BRAND_CODE_TAKEN');

      const staff = await call(running.app, 'POST', '/api/v1/admin/staff', {
        token: state['admin'],
        body: { email: 'Asha@QuickCash.example', name: 'Asha', password: 'a-long-password-1', roles: [{ brandId: state['brandId'], role: 'LOAN_EXECUTIVE' }] },
      });
      expect(staff.status).toBe(201);
      expect(staff.body.email).toBe('asha@quickcash.example');
      expect(staff.body).not.toHaveProperty('passwordHash');
    });

    it('2. a customer registers with phone and OTP', async () => {
      const phone = '+919812345678';
      const register = await call(running.app, 'POST', '/api/v1/web/auth/register', { body: { brandId: state['brandId'], phone } });
      expect(register.status).toBe(202);
      expect(register.body.expiresInSeconds).toBe(300);
      const otp = running.lastOtp(phone);
      expect(otp).toMatch(/^\d{6}$/);

      const wrong = await call(running.app, 'POST', '/api/v1/web/auth/verify-otp', { body: { brandId: state['brandId'], phone, otp: otp === '000000' ? '111111' : '000000' } });
      expect(wrong.status).toBe(401);
      expect(wrong.body.error).toBe('OTP_INVALID');

      const verified = await call(running.app, 'POST', '/api/v1/web/auth/verify-otp', { body: { brandId: state['brandId'], phone, otp } });
      expect(verified.status).toBe(200);
      expect(verified.body.customer).toMatchObject({ brandId: state['brandId'], phone });
      state['customer'] = verified.body.accessToken;

      const reused = await call(running.app, 'POST', '/api/v1/web/auth/verify-otp', { body: { brandId: state['brandId'], phone, otp } });
      expect(reused.status).toBe(401);
      expect(reused.body.error).toBe('OTP_EXPIRED');
    });

    it('3. an application outside the product is refused with 422 naming the rule, and writes nothing', async () => {
      const low = await call(running.app, 'POST', '/api/v1/web/loans', {
        token: state['customer'],
        body: { productId: state['productId'], amount: { amount: '5000.00', currency: 'INR' }, tenure: 20 },
      });
      expect(low.status).toBe(422);
      expect(low.body.error).toBe('PRODUCT_RULES_VIOLATED');
      expect(low.body.details.violations.map((v: { rule: string }) => v.rule)).toEqual(['AMOUNT_BELOW_MINIMUM', 'TENURE_NOT_ALLOWED']);
      expect(low.body.message).toContain('AMOUNT_BELOW_MINIMUM');

      const bad = await call(running.app, 'POST', '/api/v1/web/loans', { token: state['customer'], body: { productId: 'nope', amount: { amount: 12.5, currency: 'inr' } } });
      expect(bad.status).toBe(400);
      expect(bad.body.error).toBe('VALIDATION_FAILED');
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['body.amount.amount', 'body.amount.currency', 'body.productId', 'body.tenure']);
      expect(bad.body.requestId).toEqual(expect.any(String));

      const notJson = await call(running.app, 'POST', '/api/v1/web/loans', { token: state['customer'], raw: '{"productId":' });
      expect(notJson.status).toBe(400);
      expect(notJson.body.error).toBe('INVALID_JSON');
    });

    it('4. a valid application is accepted and the worker screens it', async () => {
      const applied = await call(running.app, 'POST', '/api/v1/web/loans', {
        token: state['customer'],
        body: { productId: state['productId'], amount: { amount: '25000.50', currency: 'INR' }, tenure: 30 },
      });
      expect(applied.status).toBe(201);
      expect(applied.body).toMatchObject({ status: 'APPLIED', amount: { amount: '25000.50', currency: 'INR' }, tenure: 30, version: 0 });
      state['loanId'] = applied.body.id;

      await vi.waitFor(
        async () => {
          const seen = await call(running.app, 'GET', `/api/v1/web/loans/${state['loanId']}`, { token: state['customer'] });
          expect(seen.status).toBe(200);
          expect(seen.body.status).toBe('UNDER_REVIEW');
          expect(seen.body.version).toBe(1);
        },
        { timeout: 15_000, interval: 50 },
      );
    });

    it("5. the brand's staff see the loan; other brands' staff and customers get 404", async () => {
      const login = await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email: 'asha@quickcash.example', password: 'a-long-password-1' } });
      expect(login.status).toBe(200);
      const list = await call(running.app, 'GET', `/api/v1/partner/brand/${state['brandId']}/loans?limit=10`, { token: login.body.accessToken });
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({ total: 1, limit: 10, offset: 0 });
      expect(list.body.items.map((l: { id: string }) => l.id)).toEqual([state['loanId']]);
      expect(list.body.items[0].status).toBe('UNDER_REVIEW');

      const other = await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email: 'loan.executive@demo.los.dev', password: DEMO_PASSWORD } });
      const refused = await call(running.app, 'GET', `/api/v1/partner/brand/${state['brandId']}/loans`, { token: other.body.accessToken });
      expect(refused.status).toBe(404);
      expect(JSON.stringify(refused.body)).not.toContain(state['loanId']);

      const wrongPassword = await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email: 'asha@quickcash.example', password: 'not-it' } });
      expect(wrongPassword.status).toBe(401);

      // A customer of the demo brand cannot read the QuickCash customer's loan.
      const phone = '+919899999999';
      await call(running.app, 'POST', '/api/v1/web/auth/register', { body: { brandId: running.demoBrandId, phone } });
      const stranger = await call(running.app, 'POST', '/api/v1/web/auth/verify-otp', { body: { brandId: running.demoBrandId, phone, otp: running.lastOtp(phone) } });
      const peek = await call(running.app, 'GET', `/api/v1/web/loans/${state['loanId']}`, { token: stranger.body.accessToken });
      expect(peek.status).toBe(404);
      const noToken = await call(running.app, 'GET', `/api/v1/web/loans/${state['loanId']}`);
      expect(noToken.status).toBe(401);
    });

    it('6. health, OpenAPI and docs are served', async () => {
      const health = await call(running.app, 'GET', '/health');
      expect(health.status).toBe(200);
      expect(Object.keys(health.body.checks).sort()).toEqual(['broker', 'cache', 'database']);
      const spec = await call(running.app, 'GET', '/openapi.json');
      expect(spec.body.openapi).toBe('3.1.0');
      expect(spec.body.paths['/api/v1/web/loans'].post.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['productId', 'amount', 'tenure']));
      expect(Object.keys(spec.body.paths)).toEqual(expect.arrayContaining(['/api/v1/admin/brands', '/api/v1/web/auth/register', '/api/v1/partner/brand/{brandId}/loans']));
      const docs = await running.app.request('/docs');
      expect(docs.status).toBe(200);
      expect(await docs.text()).toContain('/openapi.json');
    });
  });
}
