import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import { type CustomerKyc, KYC_STEPS, type KycStep } from '../../ports/customer-kyc-repository.js';
import { emptyKyc, isStepVerified, missingKycSteps, verifiedNameOf } from './kyc-rules.js';
import { AADHAAR, kycBrandId, kycCustomerId, kycWorld } from './kyc-world.fixture.js';

const admin: Actor = { kind: 'staff', userId: 'u-admin', superAdmin: false, roles: [{ brandId: kycBrandId, role: 'ADMIN' }] };
const staffAs = (role: 'LOAN_EXECUTIVE' | 'SANCTION_HEAD' | 'COLLECTION_EXECUTIVE', brandId = kycBrandId): Actor => ({ kind: 'staff', userId: `u-${role}`, superAdmin: false, roles: [{ brandId, role }] });
const account = { accountNumber: '50100012345678', ifsc: 'HDFC0001234' };

describe('KYC steps', () => {
  it('verifies a PAN whose registered name matches the declared one, and takes that name as the verified name', async () => {
    const w = await kycWorld();
    const r = await w.verifyPan.execute({ actor: w.customer, pan: 'ABCPE1234F', name: 'Asha  Rao' });
    expect(r).toMatchObject({ ok: true, value: { status: 'VERIFIED', result: 'VALID', registeredName: 'ASHA RAO', nameMatchScore: 100 } });
    const view = await w.getKyc.execute({ actor: w.customer });
    expect(view.ok && view.value.kyc.verifiedName).toBe('ASHA RAO');
  });

  it('records a PAN the tax records do not know, a non-individual PAN and a declared name below the threshold as failed', async () => {
    const w = await kycWorld();
    expect(await w.verifyPan.execute({ actor: w.customer, pan: 'ABCPE1234Z', name: 'Asha Rao' })).toEqual({ ok: false, error: { code: 'KYC_CHECK_FAILED', step: 'PAN', result: 'NOT_FOUND' } });
    let view = await w.getKyc.execute({ actor: w.customer });
    expect(view.ok && view.value.kyc.pan).toMatchObject({ status: 'FAILED', result: 'NOT_FOUND', registeredName: null });
    const mismatch = await w.verifyPan.execute({ actor: w.customer, pan: 'ABCPE1234F', name: 'Rahul Sharma' });
    expect(mismatch).toEqual({ ok: false, error: { code: 'KYC_CHECK_FAILED', step: 'PAN', result: 'NAME_MISMATCH', nameMatchScore: 0, threshold: 80 } });
    w.provider.holderType = 'OTHER';
    expect(await w.verifyPan.execute({ actor: w.customer, pan: 'ABCFE1234F', name: 'Asha Rao' })).toMatchObject({ ok: false, error: { result: 'NOT_INDIVIDUAL' } });
    view = await w.getKyc.execute({ actor: w.customer });
    expect(view.ok && [view.value.kyc.verifiedName, view.value.kyc.version]).toEqual([null, 3]);
  });

  it('keeps only the masked Aadhaar number, ends a request on a wrong OTP, and verifies on a new one', async () => {
    const w = await kycWorld();
    const started = await w.startAadhaar.execute({ actor: w.customer, aadhaarNumber: AADHAAR });
    if (!started.ok) throw new Error('start refused');
    expect(await w.submitAadhaar.execute({ actor: w.customer, referenceId: 'someone-elses', otp: '123456' })).toEqual({ ok: false, error: { code: 'AADHAAR_OTP_NOT_FOUND' } });
    expect(await w.submitAadhaar.execute({ actor: w.customer, referenceId: started.value.referenceId, otp: '000000' })).toMatchObject({ ok: false, error: { code: 'KYC_CHECK_FAILED', result: 'OTP_INVALID' } });
    // The failed request is over: its reference no longer works, even with the right OTP.
    expect(await w.submitAadhaar.execute({ actor: w.customer, referenceId: started.value.referenceId, otp: '123456' })).toEqual({ ok: false, error: { code: 'AADHAAR_OTP_NOT_FOUND' } });
    const again = await w.startAadhaar.execute({ actor: w.customer, aadhaarNumber: AADHAAR });
    if (!again.ok) throw new Error('start refused');
    const verified = await w.submitAadhaar.execute({ actor: w.customer, referenceId: again.value.referenceId, otp: '123456' });
    expect(verified).toMatchObject({ ok: true, value: { status: 'VERIFIED', maskedAadhaar: 'XXXX-XXXX-2346', aadhaarRef: 'aref_643214321432', name: 'Asha Rao', dateOfBirth: '1992-06-15', referenceId: null } });
    const view = await w.getKyc.execute({ actor: w.customer });
    if (!view.ok) throw new Error('view refused');
    expect(view.value.kyc.verifiedName).toBe('Asha Rao');
    expect(JSON.stringify([...w.unitOfWork.kycTables.records.values()])).not.toContain(AADHAAR.slice(0, 8));
    expect(await w.startAadhaar.execute({ actor: w.customer, aadhaarNumber: '123412341234' })).toMatchObject({ ok: false, error: { result: 'INVALID_AADHAAR' } });
  });

  it('refuses to store an Aadhaar number the provider failed to mask', async () => {
    const w = await kycWorld();
    w.provider.aadhaarAsReturned = AADHAAR;
    const started = await w.startAadhaar.execute({ actor: w.customer, aadhaarNumber: AADHAAR });
    if (!started.ok) throw new Error('start refused');
    await expect(w.submitAadhaar.execute({ actor: w.customer, referenceId: started.value.referenceId, otp: '123456' })).rejects.toThrow(/unmasked/);
    expect(JSON.stringify([...w.unitOfWork.kycTables.records.values()])).not.toContain(AADHAAR);
  });

  it('penny-drops only against a verified name, and makes the account verified only at a passing name match', async () => {
    const w = await kycWorld();
    expect(await w.verifyBank.execute({ actor: w.customer, ...account })).toEqual({ ok: false, error: { code: 'KYC_NAME_NOT_VERIFIED', step: 'BANK_ACCOUNT' } });
    expect(w.provider.calls).toEqual([]);
    await w.verifyPan.execute({ actor: w.customer, pan: 'ABCPE1234F', name: 'Asha Rao' });
    w.provider.bankHolder = 'PRIYA IYER';
    const mismatch = await w.verifyBank.execute({ actor: w.customer, ...account });
    expect(mismatch).toEqual({ ok: false, error: { code: 'KYC_CHECK_FAILED', step: 'BANK_ACCOUNT', result: 'NAME_MISMATCH', nameMatchScore: 0, threshold: 80 } });
    expect(w.provider.calls.at(-1)).toBe('bank:50100012345678:ASHA RAO');
    const verifiedAccount = () => w.unitOfWork.run((r) => r.kyc.verifiedBankAccount(kycBrandId, kycCustomerId));
    expect(await verifiedAccount()).toBeNull();
    w.provider.bankHolder = 'MRS ASHA RAO';
    const ok = await w.verifyBank.execute({ actor: w.customer, ...account });
    expect(ok).toMatchObject({ ok: true, value: { status: 'VERIFIED', holderName: 'MRS ASHA RAO', nameMatchScore: 100, verifiedAt: w.clock.now() } });
    expect(await verifiedAccount()).toEqual({ ...account, holderName: 'MRS ASHA RAO' });
    // A later attempt on a closed account is the step's state now: the old account is no longer the verified one.
    expect(await w.verifyBank.execute({ actor: w.customer, accountNumber: '50100012345000', ifsc: 'HDFC0001234' })).toMatchObject({ ok: false, error: { result: 'ACCOUNT_CLOSED' } });
    expect(await verifiedAccount()).toBeNull();
  });

  it("uses the brand's threshold: a partial name passes at 60 and fails at 80", async () => {
    const w = await kycWorld();
    await w.verifyPan.execute({ actor: w.customer, pan: 'ABCPE1234F', name: 'Asha Rao' });
    w.provider.bankHolder = 'ASHA DEVI RAO SHETTY'; // 2·200/(2+4) → 66
    expect(await w.verifyBank.execute({ actor: w.customer, ...account })).toMatchObject({ ok: false, error: { result: 'NAME_MISMATCH', nameMatchScore: 66 } });
    await w.setSettings.execute({ actor: admin, brandId: kycBrandId, requiredSteps: [], nameMatchThreshold: 60 });
    expect(await w.verifyBank.execute({ actor: w.customer, ...account })).toMatchObject({ ok: true, value: { status: 'VERIFIED', nameMatchScore: 66 } });
  });

  it('verifies employment by UAN against the verified name, keeping the current employer', async () => {
    const w = await kycWorld();
    expect(await w.verifyEmployment.execute({ actor: w.customer, uan: '100200300400' })).toMatchObject({ ok: false, error: { code: 'KYC_NAME_NOT_VERIFIED' } });
    await w.verifyPan.execute({ actor: w.customer, pan: 'ABCPE1234F', name: 'Asha Rao' });
    expect(await w.verifyEmployment.execute({ actor: w.customer, uan: '100200300400' })).toMatchObject({ ok: true, value: { status: 'VERIFIED', employer: 'Sandbox Technologies', nameMatchScore: 100 } });
    expect(await w.verifyEmployment.execute({ actor: w.customer, uan: '100200300000' })).toMatchObject({ ok: false, error: { step: 'EMPLOYMENT', result: 'NOT_FOUND' } });
  });

  it('answers PROVIDER_UNAVAILABLE naming the capability when the provider is down, records nothing, and lets the step be taken again', async () => {
    const w = await kycWorld();
    const stored = () => w.unitOfWork.run((r) => r.kyc.find(kycBrandId, kycCustomerId));
    const unavailable = (capability: string) => ({ ok: false, error: { code: 'PROVIDER_UNAVAILABLE', capability } });
    w.provider.outage = new Error('connect ECONNREFUSED 10.0.0.1:443');
    expect(await w.verifyPan.execute({ actor: w.customer, pan: 'ABCPE1234F', name: 'Asha Rao' })).toEqual(unavailable('PAN_VERIFICATION'));
    expect(await w.startAadhaar.execute({ actor: w.customer, aadhaarNumber: AADHAAR })).toEqual(unavailable('AADHAAR_EKYC'));
    expect(await stored()).toBeNull();
    w.provider.outage = null;
    expect(await w.verifyPan.execute({ actor: w.customer, pan: 'ABCPE1234F', name: 'Asha Rao' })).toMatchObject({ ok: true, value: { status: 'VERIFIED' } });
    const started = await w.startAadhaar.execute({ actor: w.customer, aadhaarNumber: AADHAAR });
    if (!started.ok) throw new Error('start refused');
    const before = await stored();

    w.provider.outage = new Error('Surepass answered HTTP 503');
    expect(await w.submitAadhaar.execute({ actor: w.customer, referenceId: started.value.referenceId, otp: '123456' })).toEqual(unavailable('AADHAAR_EKYC'));
    expect(await w.verifyBank.execute({ actor: w.customer, ...account })).toEqual(unavailable('BANK_ACCOUNT_VERIFICATION'));
    expect(await w.verifyEmployment.execute({ actor: w.customer, uan: '100200300400' })).toEqual(unavailable('EMPLOYMENT_VERIFICATION'));
    expect(w.provider.calls.slice(-3)).toEqual(['aadhaar:submit', 'bank:50100012345678:ASHA RAO', 'uan:100200300400']);
    expect(await stored()).toEqual(before);

    // Back up: the OTP already sent is still awaited, and every step verifies.
    w.provider.outage = null;
    expect(await w.submitAadhaar.execute({ actor: w.customer, referenceId: started.value.referenceId, otp: '123456' })).toMatchObject({ ok: true, value: { status: 'VERIFIED' } });
    expect(await w.verifyBank.execute({ actor: w.customer, ...account })).toMatchObject({ ok: true, value: { status: 'VERIFIED' } });
    expect(await w.verifyEmployment.execute({ actor: w.customer, uan: '100200300400' })).toMatchObject({ ok: true, value: { status: 'VERIFIED' } });
  });

  it('answers CUSTOMER_NOT_FOUND to staff tokens and to customers of no record', async () => {
    const w = await kycWorld();
    expect(await w.verifyPan.execute({ actor: admin, pan: 'ABCPE1234F', name: 'Asha Rao' })).toEqual({ ok: false, error: { code: 'CUSTOMER_NOT_FOUND' } });
    const ghost: Actor = { kind: 'customer', brandId: kycBrandId, customerId: '00000000-0000-7000-8000-0000000000ff' };
    expect(await w.getKyc.execute({ actor: ghost })).toEqual({ ok: false, error: { code: 'CUSTOMER_NOT_FOUND' } });
    expect(w.provider.calls).toEqual([]);
  });
});

describe('KYC settings and staff reads', () => {
  it('lets only ADMIN set the steps, keeps them in step order, and refuses bad settings', async () => {
    const w = await kycWorld();
    expect(await w.getSettings.execute({ actor: admin, brandId: kycBrandId })).toEqual({ ok: true, value: { requiredSteps: [], nameMatchThreshold: 80 } });
    expect(await w.setSettings.execute({ actor: staffAs('SANCTION_HEAD'), brandId: kycBrandId, requiredSteps: ['PAN'], nameMatchThreshold: 80 })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.setSettings.execute({ actor: staffAs('SANCTION_HEAD', 'other'), brandId: kycBrandId, requiredSteps: ['PAN'], nameMatchThreshold: 80 })).toEqual({ ok: false, error: { code: 'BRAND_NOT_FOUND' } });
    const bad = await w.setSettings.execute({ actor: admin, brandId: kycBrandId, requiredSteps: ['PAN', 'PAN', 'SELFIE' as KycStep], nameMatchThreshold: 101 });
    expect(!bad.ok && bad.error.code === 'KYC_SETTINGS_INVALID' && bad.error.problems).toHaveLength(3);
    expect(await w.setSettings.execute({ actor: admin, brandId: kycBrandId, requiredSteps: ['BANK_ACCOUNT', 'PAN'], nameMatchThreshold: 85 })).toEqual({ ok: true, value: { requiredSteps: ['PAN', 'BANK_ACCOUNT'], nameMatchThreshold: 85 } });
    expect(await w.getSettings.execute({ actor: admin, brandId: kycBrandId })).toEqual({ ok: true, value: { requiredSteps: ['PAN', 'BANK_ACCOUNT'], nameMatchThreshold: 85 } });
  });

  it("shows a customer's KYC and missing steps to loan list and sanction roles, not to collections or other brands", async () => {
    const w = await kycWorld();
    await w.setSettings.execute({ actor: admin, brandId: kycBrandId, requiredSteps: ['PAN', 'BANK_ACCOUNT'], nameMatchThreshold: 80 });
    await w.verifyPan.execute({ actor: w.customer, pan: 'ABCPE1234F', name: 'Asha Rao' });
    const input = { brandId: kycBrandId, customerId: kycCustomerId };
    for (const role of ['LOAN_EXECUTIVE', 'SANCTION_HEAD'] as const) {
      const view = await w.getKyc.execute({ actor: staffAs(role), ...input });
      expect(view.ok && view.value.missingSteps).toEqual(['BANK_ACCOUNT']);
    }
    expect(await w.getKyc.execute({ actor: staffAs('COLLECTION_EXECUTIVE'), ...input })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.getKyc.execute({ actor: staffAs('LOAN_EXECUTIVE', 'other'), ...input })).toEqual({ ok: false, error: { code: 'BRAND_NOT_FOUND' } });
    expect(await w.getKyc.execute({ actor: admin, brandId: kycBrandId, customerId: 'nobody' })).toEqual({ ok: false, error: { code: 'CUSTOMER_NOT_FOUND' } });
  });
});

describe('KYC rules', () => {
  const statuses = fc.constantFrom('VERIFIED' as const, 'FAILED' as const, null);
  const record = fc.tuple(statuses, statuses, statuses, statuses).map(([pan, aadhaar, bank, employment]): CustomerKyc => {
    const at = new Date(0);
    return {
      ...emptyKyc('b', 'c'),
      pan: pan && { status: pan, result: pan, checkedAt: at, pan: 'ABCPE1234F', registeredName: 'PAN NAME', nameMatchScore: 100 },
      aadhaar: aadhaar && { status: aadhaar, result: aadhaar, checkedAt: at, maskedAadhaar: 'XXXX-XXXX-2346', aadhaarRef: null, referenceId: null, name: 'Aadhaar Name', dateOfBirth: '1992-06-15' },
      bankAccount: bank && { status: bank, result: bank, checkedAt: at, accountNumber: '1', ifsc: 'HDFC0001234', holderName: 'X', nameMatchScore: 100, providerReference: 'r', verifiedAt: null },
      employment: employment && { status: employment, result: employment, checkedAt: at, uan: '1', employer: 'E', name: 'X', nameMatchScore: 100 },
    };
  });
  const required = fc.subarray([...KYC_STEPS]);

  it('misses exactly the required steps not verified, in the brand’s order', () => {
    fc.assert(
      fc.property(record, required, (kyc, steps) => {
        const missing = missingKycSteps(steps, kyc);
        expect(missing).toEqual(steps.filter((s) => !isStepVerified(kyc, s)));
        for (const step of steps) expect(missing.includes(step)).toBe(!isStepVerified(kyc, step));
        expect(missingKycSteps(steps, null)).toEqual(steps);
      }),
    );
  });

  it('names the customer from the verified PAN first, else the verified Aadhaar, else nobody', () => {
    fc.assert(
      fc.property(record, (kyc) => {
        const expected = kyc.pan?.status === 'VERIFIED' ? 'PAN NAME' : kyc.aadhaar?.status === 'VERIFIED' ? 'Aadhaar Name' : null;
        expect(verifiedNameOf(kyc)).toBe(expected);
      }),
    );
  });
});
