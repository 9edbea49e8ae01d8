import { DEMO_PASSWORD, ids, servicingIds } from '@los/composition';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningApp, call, completeDemoKyc, signInCustomer, startApp } from './running-app.js';
import { testEnvironments } from './test-environments.js';

const password = 'a-long-password-1';
const AADHAAR = '234123412346';
const otherProduct = { code: 'advance', name: 'Advance', currency: 'INR', minAmount: '5000.00', maxAmount: '50000.00', tenureUnit: 'DAY', allowedTenures: [30], annualRatePercent: '30', processingFee: { kind: 'FLAT', amount: '250.00' } };

for (const environment of testEnvironments) {
  describe.skipIf(environment.skip !== undefined)(`customer KYC over HTTP — ${environment.name}${environment.skip ? ` (skipped: ${environment.skip})` : ''}`, () => {
    let running: RunningApp;
    const s: Record<string, string> = {};
    let phone = 919_833_000_101;
    const login = async (email: string, pass = DEMO_PASSWORD) => (await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email, password: pass } })).body.accessToken as string;
    const customer = () => signInCustomer(running, `+${phone++}`);
    const post = (path: string, token: string | undefined, body?: unknown) => call(running.app, 'POST', path, { token, ...(body === undefined ? {} : { body }) });
    const kycRow = async (customerId: string) => {
      const { db } = running.base.container.get(ids.Database);
      return db.selectFrom('customer_kyc').selectAll().where('customer_id', '=', customerId).execute();
    };

    beforeAll(async () => {
      running = await startApp(environment);
      s['credit'] = await login('credit.executive@demo.los.dev');
      s['manager'] = await login('sanction.manager@demo.los.dev');
      s['loanExec'] = await login('loan.executive@demo.los.dev');
      s['collections'] = await login('collection.executive@demo.los.dev');
      const root = await login('super.admin@demo.los.dev');
      const other = await call(running.app, 'POST', '/api/v1/admin/brands', { token: root, body: { code: 'kycother', name: 'KYC Other', products: [otherProduct] } });
      expect(other.status).toBe(201);
      s['otherBrand'] = other.body.brand.id;
      await call(running.app, 'POST', '/api/v1/admin/staff', { token: root, body: { email: 'admin@kycother.example', name: 'Other admin', password, roles: [{ brandId: s['otherBrand'], role: 'ADMIN' }] } });
      s['otherAdmin'] = await login('admin@kycother.example', password);
    }, 120_000);
    afterAll(async () => running?.stop());

    it('takes every step through the sandbox, recording refusals as failed steps and keeping only the masked Aadhaar number', async () => {
      const token = await customer();
      const start = await call(running.app, 'GET', '/api/v1/web/kyc', { token });
      expect(start.body).toMatchObject({ verifiedName: null, requiredSteps: ['PAN', 'BANK_ACCOUNT'], missingSteps: ['PAN', 'BANK_ACCOUNT'], nameMatchThreshold: 80, pan: null, bankAccount: null });
      const customerId = start.body.customerId as string;
      expect((await call(running.app, 'GET', '/api/v1/web/kyc')).status).toBe(401);

      const early = await post('/api/v1/web/kyc/bank-account', token, { accountNumber: '50100012345678', ifsc: 'HDFC0001234' });
      expect([early.status, early.body.error]).toEqual([422, 'KYC_NAME_NOT_VERIFIED']);
      const malformed = await post('/api/v1/web/kyc/pan', token, { pan: 'ABC123', name: '' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['body.name', 'body.pan']);
      const unknown = await post('/api/v1/web/kyc/pan', token, { pan: 'ABCPE1234Z', name: 'Asha Rao' });
      expect([unknown.status, unknown.body.error, unknown.body.details]).toEqual([422, 'KYC_CHECK_FAILED', { step: 'PAN', result: 'NOT_FOUND' }]);
      expect((await call(running.app, 'GET', '/api/v1/web/kyc', { token })).body.pan).toMatchObject({ status: 'FAILED', result: 'NOT_FOUND' });
      const pan = await post('/api/v1/web/kyc/pan', token, { pan: 'ABCPE1234F', name: 'Asha Rao' });
      expect(pan.status).toBe(200);
      expect(pan.body).toMatchObject({ status: 'VERIFIED', pan: 'ABCPE1234F', registeredName: 'ASHA RAO', nameMatchScore: 100 });

      expect((await post('/api/v1/web/kyc/aadhaar/otp', token, { aadhaarNumber: '123412341234' })).body.details).toEqual([{ field: 'body.aadhaarNumber', message: expect.any(String) }]);
      const first = await post('/api/v1/web/kyc/aadhaar/otp', token, { aadhaarNumber: AADHAAR });
      expect(first.status).toBe(200);
      const wrong = await post('/api/v1/web/kyc/aadhaar/verify', token, { referenceId: first.body.referenceId, otp: '000000' });
      expect([wrong.status, wrong.body.details]).toEqual([422, { step: 'AADHAAR', result: 'OTP_INVALID' }]);
      expect((await post('/api/v1/web/kyc/aadhaar/verify', token, { referenceId: first.body.referenceId, otp: '123456' })).status).toBe(404);
      const second = await post('/api/v1/web/kyc/aadhaar/otp', token, { aadhaarNumber: AADHAAR });
      const aadhaar = await post('/api/v1/web/kyc/aadhaar/verify', token, { referenceId: second.body.referenceId, otp: '123456' });
      expect(aadhaar.status).toBe(200);
      expect(aadhaar.body).toEqual({ status: 'VERIFIED', result: 'VERIFIED', checkedAt: expect.any(String), maskedAadhaar: 'XXXX-XXXX-2346', name: 'Asha Rao', dateOfBirth: '1992-06-15' });

      const closed = await post('/api/v1/web/kyc/bank-account', token, { accountNumber: '50100012345000', ifsc: 'HDFC0001234' });
      expect([closed.status, closed.body.details]).toEqual([422, { step: 'BANK_ACCOUNT', result: 'ACCOUNT_CLOSED' }]);
      expect((await post('/api/v1/web/kyc/bank-account', token, { accountNumber: '5010', ifsc: 'hdfc1' })).body.details.map((d: { field: string }) => d.field)).toEqual(['body.accountNumber', 'body.ifsc']);
      const bank = await post('/api/v1/web/kyc/bank-account', token, { accountNumber: '50100012345678', ifsc: 'HDFC0001234' });
      expect(bank.status).toBe(200);
      expect(bank.body).toMatchObject({ status: 'VERIFIED', holderName: 'ASHA RAO', nameMatchScore: 100, verifiedAt: expect.any(String), providerReference: expect.stringMatching(/^sbx_pd_/) });

      const noRecord = await post('/api/v1/web/kyc/employment', token, { uan: '100200300000' });
      expect([noRecord.status, noRecord.body.details]).toEqual([422, { step: 'EMPLOYMENT', result: 'NOT_FOUND' }]);
      const employment = await post('/api/v1/web/kyc/employment', token, { uan: '100200300400' });
      expect(employment.body).toMatchObject({ status: 'VERIFIED', employer: 'Sandbox Technologies Private Limited', nameMatchScore: 100 });

      const done = await call(running.app, 'GET', '/api/v1/web/kyc', { token });
      expect(done.body).toMatchObject({ verifiedName: 'ASHA RAO', missingSteps: [], aadhaar: { maskedAadhaar: 'XXXX-XXXX-2346' } });
      const rows = await kycRow(customerId);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ aadhaar_masked: 'XXXX-XXXX-2346', aadhaar_name: 'Asha Rao', bank_status: 'VERIFIED', verified_name: 'ASHA RAO' });
      // Nowhere in the stored row: not as 12 digits, not with spaces, not in any column.
      const stored = JSON.stringify(rows[0]);
      expect(stored).not.toContain(AADHAAR);
      expect(stored).not.toContain(AADHAAR.slice(0, 8));
    });

    it('answers 502 PROVIDER_UNAVAILABLE naming the capability while the provider is down, writes nothing, and verifies on a retry', async () => {
      const token = await customer();
      const customerId = (await call(running.app, 'GET', '/api/v1/web/kyc', { token })).body.customerId as string;
      const kyc = running.base.container.get(servicingIds.KycVerifier);
      // The provider gives no answer once (what its client throws after its retries), then is back.
      const down = () => new Error('Sandbox answered HTTP 0: connect ECONNREFUSED');
      vi.spyOn(kyc.pan, 'verifyPan').mockRejectedValueOnce(down());
      const refused = await post('/api/v1/web/kyc/pan', token, { pan: 'ABCPE1234F', name: 'Asha Rao' });
      expect([refused.status, refused.body.error, refused.body.details]).toEqual([502, 'PROVIDER_UNAVAILABLE', { capability: 'PAN_VERIFICATION' }]);
      expect(await kycRow(customerId)).toEqual([]);
      expect((await post('/api/v1/web/kyc/pan', token, { pan: 'ABCPE1234F', name: 'Asha Rao' })).status).toBe(200);

      const [before] = await kycRow(customerId);
      vi.spyOn(kyc.bankAccount, 'verifyAccount').mockRejectedValueOnce(down());
      const bankDown = await post('/api/v1/web/kyc/bank-account', token, { accountNumber: '50100012345678', ifsc: 'HDFC0001234' });
      expect([bankDown.status, bankDown.body.details]).toEqual([502, { capability: 'BANK_ACCOUNT_VERIFICATION' }]);
      expect(await kycRow(customerId)).toEqual([before]);
      const bank = await post('/api/v1/web/kyc/bank-account', token, { accountNumber: '50100012345678', ifsc: 'HDFC0001234' });
      expect([bank.status, bank.body.status]).toEqual([200, 'VERIFIED']);
      expect((await call(running.app, 'GET', '/api/v1/web/kyc', { token })).body.missingSteps).toEqual([]);
      vi.restoreAllMocks();
    });

    it('refuses a declared name that does not match the PAN records, and keeps the name unverified', async () => {
      const token = await customer();
      const mismatch = await post('/api/v1/web/kyc/pan', token, { pan: 'ABCPE1234F', name: 'Rahul Sharma' });
      expect([mismatch.status, mismatch.body.error, mismatch.body.details]).toEqual([422, 'KYC_CHECK_FAILED', { step: 'PAN', result: 'NAME_MISMATCH', nameMatchScore: 0, threshold: 80 }]);
      const kyc = (await call(running.app, 'GET', '/api/v1/web/kyc', { token })).body;
      expect(kyc).toMatchObject({ verifiedName: null, pan: { status: 'FAILED', result: 'NAME_MISMATCH', registeredName: 'ASHA RAO' }, missingSteps: ['PAN', 'BANK_ACCOUNT'] });
      expect((await post('/api/v1/web/kyc/bank-account', token, { accountNumber: '50100012345678', ifsc: 'HDFC0001234' })).body.error).toBe('KYC_NAME_NOT_VERIFIED');
    });

    it('refuses the sanction with 422 KYC_INCOMPLETE until the customer verified PAN and bank account, then sanctions', async () => {
      const token = await customer();
      const products = await running.base.container.get(ids.Repositories).brands.listProducts(running.demoBrandId);
      const productId = products.find((p) => p.code === 'personal-loan')!.id;
      const applied = await post('/api/v1/web/loans', token, { productId, amount: { amount: '80000.00', currency: 'INR' }, tenure: 12 });
      expect(applied.status).toBe(201);
      const loanId = applied.body.id as string;
      await vi.waitFor(async () => expect((await call(running.app, 'GET', `/api/v1/web/loans/${loanId}`, { token })).body.status).toBe('UNDER_REVIEW'), { timeout: 15_000, interval: 50 });
      const loans = `/api/v1/partner/brand/${running.demoBrandId}/loans/${loanId}`;
      expect((await call(running.app, 'PUT', `${loans}/cam`, { token: s['credit'], body: { salaryCredits: ['150000.00', '152000.00'], obligations: [] } })).status).toBe(200);
      expect((await post(`${loans}/recommend`, s['credit'])).status).toBe(200);

      const refused = await post(`${loans}/sanction`, s['manager']);
      expect([refused.status, refused.body.error, refused.body.details]).toEqual([422, 'KYC_INCOMPLETE', { missingSteps: ['PAN', 'BANK_ACCOUNT'] }]);
      const customerId = (await call(running.app, 'GET', loans, { token: s['manager'] })).body.loan.customerId as string;
      const staffView = `/api/v1/partner/brand/${running.demoBrandId}/customers/${customerId}/kyc`;
      expect((await call(running.app, 'GET', staffView, { token: s['manager'] })).body.missingSteps).toEqual(['PAN', 'BANK_ACCOUNT']);

      await post('/api/v1/web/kyc/pan', token, { pan: 'ABCPE1234F', name: 'Asha Rao' });
      expect((await post(`${loans}/sanction`, s['manager'])).body.details).toEqual({ missingSteps: ['BANK_ACCOUNT'] });
      await completeDemoKyc(running.app, token);
      expect((await call(running.app, 'GET', staffView, { token: s['loanExec'] })).body).toMatchObject({ verifiedName: 'ASHA RAO', missingSteps: [], bankAccount: { status: 'VERIFIED' } });
      expect((await post(`${loans}/sanction`, s['manager'])).body).toEqual({ status: 'SANCTIONED' });
      const timeline = (await call(running.app, 'GET', loans, { token: s['manager'] })).body.timeline as { type: string }[];
      expect(timeline.filter((e) => e.type === 'loan.sanctioned')).toHaveLength(1);

      expect((await call(running.app, 'GET', staffView, { token: s['collections'] })).status).toBe(403);
      expect((await call(running.app, 'GET', staffView, { token: s['otherAdmin'] })).status).toBe(404);
      expect((await call(running.app, 'GET', `/api/v1/partner/brand/${s['otherBrand']}/customers/${customerId}/kyc`, { token: s['otherAdmin'] })).status).toBe(404);
    });

    it("keeps each brand's KYC settings to its ADMIN: another brand's staff get 404, bad settings a 400 naming the field", async () => {
      const demo = `/api/v1/partner/brand/${running.demoBrandId}/settings/kyc`;
      const other = `/api/v1/partner/brand/${s['otherBrand']}/settings/kyc`;
      expect((await call(running.app, 'GET', demo, { token: s['otherAdmin'] })).status).toBe(404);
      expect((await call(running.app, 'PUT', demo, { token: s['otherAdmin'], body: { requiredSteps: [], nameMatchThreshold: 80 } })).status).toBe(404);
      expect((await call(running.app, 'PUT', demo, { token: s['manager'], body: { requiredSteps: [], nameMatchThreshold: 80 } })).status).toBe(403);
      expect((await call(running.app, 'GET', other, { token: s['otherAdmin'] })).body).toEqual({ requiredSteps: [], nameMatchThreshold: 80 });
      const bad = await call(running.app, 'PUT', other, { token: s['otherAdmin'], body: { requiredSteps: ['SELFIE'], nameMatchThreshold: 101 } });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['body.requiredSteps.0', 'body.nameMatchThreshold']);
      expect((await call(running.app, 'PUT', other, { token: s['otherAdmin'], body: { requiredSteps: ['PAN', 'PAN'], nameMatchThreshold: 90 } })).status).toBe(422);
      const set = await call(running.app, 'PUT', other, { token: s['otherAdmin'], body: { requiredSteps: ['EMPLOYMENT', 'AADHAAR'], nameMatchThreshold: 90 } });
      expect(set.body).toEqual({ requiredSteps: ['AADHAAR', 'EMPLOYMENT'], nameMatchThreshold: 90 });
      expect((await call(running.app, 'GET', other, { token: s['otherAdmin'] })).body).toEqual(set.body);
      expect((await call(running.app, 'GET', demo, { token: await login('admin@demo.los.dev') })).body).toEqual({ requiredSteps: ['PAN', 'BANK_ACCOUNT'], nameMatchThreshold: 80 });
    });

    it('documents every KYC route in /openapi.json', async () => {
      const paths = (await call(running.app, 'GET', '/openapi.json')).body.paths as Record<string, Record<string, unknown>>;
      for (const [path, method] of [
        ['/api/v1/web/kyc', 'get'], ['/api/v1/web/kyc/pan', 'post'], ['/api/v1/web/kyc/aadhaar/otp', 'post'], ['/api/v1/web/kyc/aadhaar/verify', 'post'],
        ['/api/v1/web/kyc/bank-account', 'post'], ['/api/v1/web/kyc/employment', 'post'], ['/api/v1/partner/brand/{brandId}/customers/{customerId}/kyc', 'get'],
        ['/api/v1/partner/brand/{brandId}/settings/kyc', 'get'], ['/api/v1/partner/brand/{brandId}/settings/kyc', 'put'],
      ] as const) {
        expect(paths[path]?.[method], `${method} ${path}`).toBeDefined();
      }
    });
  });
}
