import { describeKycVerifierContract } from '@los/application/testing';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { type ProviderExchange, SANDBOX_KYC_IDENTITIES, SandboxKycVerifier, SurepassKycVerifier, kycVerifierOf } from '../src/index.js';
import { fetchInto } from './provider-stubs.js';

const ok = (data: Record<string, unknown>) => ({ data, status_code: 200, success: true, message: null, message_code: 'success' });
const unprocessable = (code: string, message: string) => ({ data: {}, status_code: 422, success: false, message, message_code: code });

/**
 * A stand-in for the Surepass KYC endpoints with its own records. The Aadhaar submit answers with the full
 * number, as a careless provider might, to prove the adapter keeps only the masked form.
 */
function surepassStub(token: string) {
  const records = {
    pans: new Map([['AAAPR4321K', { full_name: 'PRIYA RAMAN', category: 'person' }]]),
    aadhaar: '345634563457',
    accounts: new Map([['00011122233344', { ifsc: 'ICIC0000456', full_name: 'PRIYA RAMAN' }], ['00011122233999', { ifsc: 'ICIC0000456', closed: true }]]),
    uans: new Map([['101010101010', [{ name: 'PRIYA RAMAN', establishment_name: 'ACME SOFTWARE PVT LTD', date_of_joining: '2019-07-01', date_of_exit: null }]]]),
  };
  const otps = new Map<string, string>();
  let n = 0;
  let calls = 0;
  const app = new Hono();
  app.use('*', async (c, next) => {
    calls += 1;
    if (c.req.header('authorization') !== `Bearer ${token}`) return c.json({ data: null, status_code: 401, success: false, message: 'Unauthorized', message_code: 'unauthorized' }, 401);
    await next();
  });
  app.post('/api/v1/pan/pan', async (c) => {
    const { id_number } = (await c.req.json()) as { id_number: string };
    const pan = records.pans.get(id_number);
    return pan ? c.json(ok({ client_id: `pan_${++n}`, pan_number: id_number, ...pan })) : c.json(unprocessable('verification_failed', 'Invalid PAN'), 422);
  });
  app.post('/api/v1/aadhaar-v2/generate-otp', async (c) => {
    const { id_number } = (await c.req.json()) as { id_number: string };
    if (id_number !== records.aadhaar) return c.json(unprocessable('invalid_aadhaar', 'Invalid Aadhaar Number'), 422);
    const client_id = `aadhaar_v2_${++n}`;
    otps.set(client_id, '654321');
    return c.json(ok({ client_id, otp_sent: true, if_number: true, valid_aadhaar: true }));
  });
  app.post('/api/v1/aadhaar-v2/submit-otp', async (c) => {
    const { client_id, otp } = (await c.req.json()) as { client_id: string; otp: string };
    if (otps.get(client_id) !== otp) return c.json(unprocessable('invalid_otp', 'Invalid OTP'), 422);
    return c.json(ok({ client_id, full_name: 'Priya Raman', aadhaar_number: records.aadhaar, dob: '1990-02-11', gender: 'F', address: { house: '4', street: 'Anna Salai', dist: 'Chennai', state: 'Tamil Nadu' }, zip: '600002' }));
  });
  app.post('/api/v1/bank-verification/', async (c) => {
    const { id_number, ifsc } = (await c.req.json()) as { id_number: string; ifsc: string };
    const account = records.accounts.get(id_number);
    if (!account || account.ifsc !== ifsc) return c.json(ok({ client_id: `pd_${++n}`, account_exists: false, remarks: 'Invalid account number' }));
    if ('closed' in account) return c.json(ok({ client_id: `pd_${++n}`, account_exists: false, remarks: 'Account Closed' }));
    return c.json(ok({ client_id: `pd_${++n}`, account_exists: true, full_name: account.full_name }));
  });
  app.post('/api/v1/income/employment-history-uan', async (c) => {
    const { id_number } = (await c.req.json()) as { id_number: string };
    const history = records.uans.get(id_number);
    return history ? c.json(ok({ client_id: `uan_${++n}`, employment_history: history })) : c.json(unprocessable('verification_failed', 'UAN not found'), 422);
  });
  return { app, calls: () => calls };
}

describeKycVerifierContract({
  name: 'SandboxKycVerifier',
  create: async () => ({ kyc: kycVerifierOf(new SandboxKycVerifier()), identities: SANDBOX_KYC_IDENTITIES }),
});

describeKycVerifierContract({
  name: 'SurepassKycVerifier against a stub of the Surepass KYC API',
  create: async () => {
    const stub = surepassStub('tok');
    const kyc = kycVerifierOf(new SurepassKycVerifier({ token: 'tok', baseUrl: 'http://surepass.test', fetch: fetchInto(stub.app), backoffMs: 1 }));
    return {
      kyc,
      identities: {
        pan: 'AAAPR4321K',
        name: 'Priya Raman',
        unknownPan: 'AAAPR9999K',
        aadhaar: '345634563457',
        otp: '654321',
        account: { accountNumber: '00011122233344', ifsc: 'ICIC0000456', holderName: 'PRIYA RAMAN' },
        closedAccount: { accountNumber: '00011122233999', ifsc: 'ICIC0000456' },
        uan: '101010101010',
      },
    };
  },
});

describe('SurepassKycVerifier', () => {
  it('refuses malformed inputs without a paid call', async () => {
    const stub = surepassStub('tok');
    const kyc = new SurepassKycVerifier({ token: 'tok', baseUrl: 'http://surepass.test', fetch: fetchInto(stub.app) });
    expect((await kyc.verifyPan('ABC', 'x')).status).toBe('INVALID');
    expect((await kyc.startOtp('123456789012')).status).toBe('INVALID_AADHAAR');
    expect((await kyc.verifyAccount({ accountNumber: '1', ifsc: 'bad', expectedName: 'x' })).status).toBe('INVALID_IFSC');
    expect((await kyc.verifyEmployment('12', 'x')).status).toBe('INVALID_UAN');
    expect(stub.calls()).toBe(0);
  });

  it('hands the audit trail each exchange without the token, the Aadhaar number or names', async () => {
    const stub = surepassStub('tok');
    const exchanges: ProviderExchange[] = [];
    const kyc = new SurepassKycVerifier({ token: 'tok', baseUrl: 'http://surepass.test', fetch: fetchInto(stub.app), audit: (e) => exchanges.push(e) });
    const started = await kyc.startOtp('345634563457');
    if (started.status !== 'OTP_SENT') throw new Error('not sent');
    await kyc.submitOtp(started.referenceId, '654321');
    await kyc.verifyPan('AAAPR4321K', 'Priya Raman');
    expect(exchanges.map((e) => [e.path, e.status])).toEqual([
      ['/api/v1/aadhaar-v2/generate-otp', 200],
      ['/api/v1/aadhaar-v2/submit-otp', 200],
      ['/api/v1/pan/pan', 200],
    ]);
    const trail = JSON.stringify(exchanges);
    for (const secret of ['tok"', '34563456', 'PRIYA', 'Priya', '654321', 'AAAPR43']) expect(trail).not.toContain(secret);
    expect(trail).toContain('…3457');
  });

  it('reports a wrong token as the provider error', async () => {
    const stub = surepassStub('tok');
    const kyc = new SurepassKycVerifier({ token: 'nope', baseUrl: 'http://surepass.test', fetch: fetchInto(stub.app) });
    await expect(kyc.verifyPan('AAAPR4321K', 'x')).rejects.toThrow(/HTTP 401/);
  });
});

describe('SandboxKycVerifier test identities', () => {
  it('has no mobile linked for Aadhaar numbers starting with 9, and an unknown UAN ending 0000', async () => {
    const kyc = new SandboxKycVerifier();
    expect((await kyc.startOtp('999999999999')).status).toBe('NO_MOBILE_LINKED');
    expect((await kyc.verifyEmployment('100200300000', 'x')).status).toBe('NOT_FOUND');
    expect((await kyc.verifyAccount({ accountNumber: '123111', ifsc: 'HDFC0001234', expectedName: 'x' })).status).toBe('INVALID_ACCOUNT');
  });
});
