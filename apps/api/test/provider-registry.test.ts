import { Money } from '@los/domain';
import { DEMO_PASSWORD, servicingIds } from '@los/composition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, call, startApp } from './running-app.js';
import { testEnvironments } from './test-environments.js';

for (const environment of testEnvironments) {
  describe.skipIf(environment.skip !== undefined)(`provider registry over HTTP — ${environment.name}${environment.skip ? ` (skipped: ${environment.skip})` : ''}`, () => {
    let running: RunningApp;
    const s: Record<string, string> = {};
    const base = () => `/api/v1/partner/brand/${running.demoBrandId}/providers`;
    const login = async (email: string) => (await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email, password: DEMO_PASSWORD } })).body.accessToken as string;

    beforeAll(async () => {
      running = await startApp(environment);
      for (const role of ['admin', 'loan.executive', 'super.admin']) s[role] = await login(`${role}@demo.los.dev`);
    }, 120_000);
    afterAll(async () => running?.stop());

    it('an admin sets the order for payment links and reads it back; links are then made by the primary', async () => {
      const before = await call(running.app, 'GET', base(), { token: s['admin'] });
      expect(before.status).toBe(200);
      // Embedded mode has only the sandbox; no brand has an order yet, so the deployment default applies.
      expect(before.body).toEqual({ capabilities: [{ capability: 'PAYMENT_LINKS', providers: null, available: ['sandbox-payments'], defaultProvider: 'sandbox-payments' }] });

      const set = await call(running.app, 'PUT', `${base()}/PAYMENT_LINKS`, { token: s['admin'], body: { providers: [{ name: 'sandbox-payments', active: true }] } });
      expect(set.status).toBe(200);
      expect(set.body.providers).toEqual([{ name: 'sandbox-payments', active: true }]);
      const after = await call(running.app, 'GET', base(), { token: s['super.admin'] });
      expect(after.body.capabilities[0].providers).toEqual([{ name: 'sandbox-payments', active: true }]);

      // The gateway the servicing use cases create links through follows the brand's order and names the provider.
      const gateway = running.base.container.get(servicingIds.PaymentLinkGateway);
      const link = await gateway.createPaymentLink({
        brandId: running.demoBrandId,
        loanId: '00000000-0000-4000-8000-000000000001',
        reference: 'RP-registry-1',
        amount: Money.of('100.00', 'INR'),
        description: 'Repayment',
        customer: { name: 'Asha', phone: '+919812345678' },
      });
      expect(link.provider).toBe('sandbox-payments');
    });

    it('refuses bad orders naming the field (400), unconfigured providers (422) and an order with none active (422), writing nothing', async () => {
      const put = (capability: string, body: unknown) => call(running.app, 'PUT', `${base()}/${capability}`, { token: s['admin'], body });
      const unknown = await put('PAYOUTS', { providers: [{ name: 'sandbox-payments', active: true }] });
      expect([unknown.status, unknown.body.details.map((d: { field: string }) => d.field)]).toEqual([400, ['params.capability']]);
      const empty = await put('PAYMENT_LINKS', { providers: [] });
      expect([empty.status, empty.body.details.map((d: { field: string }) => d.field)]).toEqual([400, ['body.providers']]);
      const twice = await put('PAYMENT_LINKS', { providers: [{ name: 'sandbox-payments', active: true }, { name: 'sandbox-payments', active: false }] });
      expect([twice.status, twice.body.details.map((d: { field: string }) => d.field)]).toEqual([400, ['body.providers.1.name']]);
      const razorpay = await put('PAYMENT_LINKS', { providers: [{ name: 'sandbox-payments', active: true }, { name: 'razorpay', active: true }] });
      expect([razorpay.status, razorpay.body.error, razorpay.body.details.provider]).toEqual([422, 'PROVIDER_NOT_CONFIGURED', 'razorpay']);
      const inactive = await put('PAYMENT_LINKS', { providers: [{ name: 'sandbox-payments', active: false }] });
      expect([inactive.status, inactive.body.error]).toEqual([422, 'PROVIDER_NONE_ACTIVE']);
      expect((await call(running.app, 'GET', base(), { token: s['admin'] })).body.capabilities[0].providers).toEqual([{ name: 'sandbox-payments', active: true }]);
    });

    it('is for the brand ADMIN and super admins: other roles 403, other brands 404; both routes are in /openapi.json', async () => {
      const body = { providers: [{ name: 'sandbox-payments', active: true }] };
      expect((await call(running.app, 'GET', base(), { token: s['loan.executive'] })).status).toBe(403);
      expect((await call(running.app, 'PUT', `${base()}/PAYMENT_LINKS`, { token: s['loan.executive'], body })).status).toBe(403);
      const other = `/api/v1/partner/brand/00000000-0000-4000-8000-0000000000ff/providers`;
      expect((await call(running.app, 'GET', other, { token: s['admin'] })).status).toBe(404);
      expect((await call(running.app, 'PUT', `${other}/PAYMENT_LINKS`, { token: s['admin'], body })).status).toBe(404);
      const paths = (await call(running.app, 'GET', '/openapi.json')).body.paths;
      expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/api/v1/partner/brand/{brandId}/providers', '/api/v1/partner/brand/{brandId}/providers/{capability}']));
    });
  });
}
