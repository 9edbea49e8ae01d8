import { DEMO_BLOCKLISTED_PAN, DEMO_PASSWORD, ids } from '@los/composition';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningApp, call, startApp } from './running-app.js';
import { testEnvironments } from './test-environments.js';

const password = 'a-long-password-1';
const otherProduct = { code: 'advance', name: 'Advance', currency: 'INR', minAmount: '5000.00', maxAmount: '50000.00', tenureUnit: 'DAY', allowedTenures: [30], annualRatePercent: '30', processingFee: { kind: 'FLAT', amount: '250.00' } };
const applicant = { pan: 'ABCPE1234F', dateOfBirth: '1990-04-01', monthlyIncome: { amount: '60000.00', currency: 'INR' }, employmentType: 'SALARIED', employer: { name: 'Infosys', category: 'A' }, pincode: '560001' };

for (const environment of testEnvironments) {
  describe.skipIf(environment.skip !== undefined)(`blocklist over HTTP — ${environment.name}${environment.skip ? ` (skipped: ${environment.skip})` : ''}`, () => {
    let running: RunningApp;
    const s: Record<string, string> = {};
    const base = () => `/api/v1/partner/brand/${running.demoBrandId}/blocklist`;
    const login = async (email: string, pass = password) => (await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email, password: pass } })).body.accessToken as string;
    const signIn = async (phone: string) => {
      await call(running.app, 'POST', '/api/v1/web/auth/register', { body: { brandId: running.demoBrandId, phone } });
      const verified = await call(running.app, 'POST', '/api/v1/web/auth/verify-otp', { body: { brandId: running.demoBrandId, phone, otp: running.lastOtp(phone) } });
      if (!verified.body?.accessToken) throw new Error(`sign-in failed: ${JSON.stringify(verified.body)}`);
      return verified.body.accessToken as string;
    };
    const applyAndSettle = async (token: string, declared: Record<string, unknown> = applicant) => {
      const product = (await call(running.app, 'GET', `/api/v1/web/brands/${running.demoBrandId}/products`)).body.items.find((p: { code: string }) => p.code === 'salary-advance');
      const applied = await call(running.app, 'POST', '/api/v1/web/loans', { token, body: { productId: product.id, amount: { amount: '20000.00', currency: 'INR' }, tenure: 30, applicant: declared } });
      expect(applied.status).toBe(201);
      let loan: any;
      await vi.waitFor(
        async () => {
          loan = (await call(running.app, 'GET', `/api/v1/web/loans/${applied.body.id}`, { token })).body;
          expect(loan.status).not.toBe('APPLIED');
        },
        { timeout: 15_000, interval: 50 },
      );
      return loan;
    };

    beforeAll(async () => {
      running = await startApp(environment);
      s['admin'] = await login('admin@demo.los.dev', DEMO_PASSWORD);
      s['creditExec'] = await login('credit.executive@demo.los.dev', DEMO_PASSWORD);
      const root = await login('super.admin@demo.los.dev', DEMO_PASSWORD);
      const other = await call(running.app, 'POST', '/api/v1/admin/brands', { token: root, body: { code: 'otherco', name: 'Other Co', products: [otherProduct] } });
      await call(running.app, 'POST', '/api/v1/admin/staff', { token: root, body: { email: 'admin@otherco.example', name: 'Other admin', password, roles: [{ brandId: other.body.brand.id, role: 'ADMIN' }] } });
      s['otherAdmin'] = await login('admin@otherco.example');
    }, 120_000);
    afterAll(async () => running?.stop());

    it('the demo brand starts with the documented blocked sandbox PAN listed', async () => {
      const listed = await call(running.app, 'GET', `${base()}?kind=PAN`, { token: s['admin'] });
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((e: { value: string }) => e.value)).toEqual([DEMO_BLOCKLISTED_PAN]);
      const paths = (await call(running.app, 'GET', '/openapi.json')).body.paths;
      expect(Object.keys(paths['/api/v1/partner/brand/{brandId}/blocklist']).sort()).toEqual(['get', 'post']);
      expect(Object.keys(paths['/api/v1/partner/brand/{brandId}/blocklist/{entryId}'])).toEqual(['delete']);
    });

    it('refuses bad fields with 400 naming each one, other roles with 403 and other brands with 404', async () => {
      for (const [kind, value] of [['PAN', 'ABC123'], ['PHONE', '9812345678'], ['PINCODE', '5600'], ['AADHAAR_REF', '123412341234']]) {
        const bad = await call(running.app, 'POST', base(), { token: s['admin'], body: { kind, value, reason: 'fraud' } });
        expect(bad.status, `${kind} ${value}`).toBe(400);
        expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['body.value']);
      }
      const empty = await call(running.app, 'POST', base(), { token: s['admin'], body: { kind: 'EMAIL', reason: '' } });
      expect(empty.status).toBe(400);
      expect(empty.body.details.map((d: { field: string }) => d.field)).toContain('body.kind');
      const body = { kind: 'PINCODE', value: '110001', reason: 'fraud ring' };
      expect((await call(running.app, 'POST', base(), { token: s['creditExec'], body })).status).toBe(403);
      expect((await call(running.app, 'GET', base(), { token: s['creditExec'] })).status).toBe(403);
      expect((await call(running.app, 'POST', base(), { token: s['otherAdmin'], body })).status).toBe(404);
      expect((await call(running.app, 'POST', base(), { body })).status).toBe(401);
    });

    it('an application from a phone staff blocklisted is declined with the rule set reason; removed, the phone is free again', async () => {
      const phone = '+919811000777';
      const token = await signIn(phone);
      const added = await call(running.app, 'POST', base(), { token: s['admin'], body: { kind: 'PHONE', value: '+91 98110-00777', reason: 'synthetic identity' } });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ kind: 'PHONE', value: phone, reason: 'synthetic identity', addedBy: expect.any(String) });
      const again = await call(running.app, 'POST', base(), { token: s['admin'], body: { kind: 'PHONE', value: phone, reason: 'twice' } });
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('BLOCKLIST_ENTRY_EXISTS');

      const loan = await applyAndSettle(token);
      expect(loan.status).toBe('REJECTED');
      expect(loan.rejectionReasons).toEqual(['BLOCKLISTED']);
      const decision = await call(running.app, 'GET', `/api/v1/partner/brand/${running.demoBrandId}/loans/${loan.id}/decision`, { token: s['creditExec'] });
      expect(decision.body.facts.blocklist).toEqual({ phone: true, pan: false, pincode: false });
      expect(decision.body.reasons).toContainEqual({ code: 'BLOCKLISTED', ruleId: 'not-blocklisted', kind: 'hard', cause: 'failed' });

      expect((await call(running.app, 'DELETE', `${base()}/${added.body.id}`, { token: s['otherAdmin'] })).status).toBe(404);
      expect((await call(running.app, 'DELETE', `${base()}/${added.body.id}`, { token: s['admin'] })).status).toBe(204);
      expect((await call(running.app, 'DELETE', `${base()}/${added.body.id}`, { token: s['admin'] })).status).toBe(404);
      const listed = await call(running.app, 'GET', `${base()}?kind=PHONE`, { token: s['admin'] });
      expect(listed.body.items).toEqual([]);
      const cleared = await applyAndSettle(await signIn(phone));
      expect(cleared.rejectionReasons ?? []).not.toContain('BLOCKLISTED');
    });

    it('an Aadhaar listed by its number declines whoever declares it or verified it by e-KYC; only its reference is stored', async () => {
      // Valid numbers (Verhoeff check digit); the sandbox e-KYC accepts OTP 123456 for any number not starting with 9.
      const [listedAadhaar, cleanAadhaar] = ['345612345675', '345612345681'];
      const added = await call(running.app, 'POST', base(), { token: s['admin'], body: { kind: 'AADHAAR_REF', value: '3456 1234 5675', reason: 'impersonation' } });
      expect(added.status).toBe(201);
      expect(added.body.value).toMatch(/^[0-9a-f]{64}$/);
      const decisionOf = async (loanId: string) => (await call(running.app, 'GET', `/api/v1/partner/brand/${running.demoBrandId}/loans/${loanId}/decision`, { token: s['creditExec'] })).body;

      const declaring = await applyAndSettle(await signIn('+919811000781'), { ...applicant, aadhaarNumber: listedAadhaar });
      expect(declaring.status).toBe('REJECTED');
      expect(declaring.rejectionReasons).toEqual(['BLOCKLISTED']);
      expect((await decisionOf(declaring.id)).facts.blocklist).toEqual({ phone: false, pan: false, aadhaar: true, pincode: false });

      // Another number is checked too: the fact is known (false), where an undeclared Aadhaar leaves it unknown.
      const clean = await applyAndSettle(await signIn('+919811000782'), { ...applicant, aadhaarNumber: cleanAadhaar });
      expect(clean.rejectionReasons ?? []).not.toContain('BLOCKLISTED');
      expect((await decisionOf(clean.id)).facts.blocklist).toMatchObject({ aadhaar: false });
      const undeclared = await applyAndSettle(await signIn('+919811000783'));
      expect((await decisionOf(undeclared.id)).facts.blocklist).not.toHaveProperty('aadhaar');

      // A customer who proved the listed Aadhaar theirs by OTP is declined without declaring it.
      const verifier = await signIn('+919811000784');
      const otp = await call(running.app, 'POST', '/api/v1/web/kyc/aadhaar/otp', { token: verifier, body: { aadhaarNumber: listedAadhaar } });
      expect((await call(running.app, 'POST', '/api/v1/web/kyc/aadhaar/verify', { token: verifier, body: { referenceId: otp.body.referenceId, otp: '123456' } })).status).toBe(200);
      const verified = await applyAndSettle(verifier);
      expect(verified.rejectionReasons).toEqual(['BLOCKLISTED']);
      expect((await decisionOf(verified.id)).facts.kyc).toMatchObject({ aadhaarVerified: true, bankAccountVerified: false });

      // The number is in no stored row; the applicant's and the KYC record's references are the listed one.
      const { db } = running.base.container.get(ids.Database);
      const declared = await db.selectFrom('loan_applicants').selectAll().where('loan_id', '=', declaring.id).executeTakeFirstOrThrow();
      const kyc = await db.selectFrom('customer_kyc').selectAll().where('customer_id', '=', verified.customerId).executeTakeFirstOrThrow();
      expect([declared.aadhaar_ref, kyc.aadhaar_ref]).toEqual([added.body.value, added.body.value]);
      expect(JSON.stringify([declared, kyc, added.body])).not.toMatch(/345612345675|3456 1234 5675/);

      const bad = await call(running.app, 'POST', '/api/v1/web/loans', { token: verifier, body: { productId: declaring.productId, amount: { amount: '20000.00', currency: 'INR' }, tenure: 30, applicant: { aadhaarNumber: '345612345676' } } });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['body.applicant.aadhaarNumber']);
    });
  });
}
