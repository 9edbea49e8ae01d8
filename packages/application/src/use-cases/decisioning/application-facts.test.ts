import { Loan, type LoanProduct, Money, Rate, localDate } from '@los/domain';
import { describe, expect, it } from 'vitest';
import type { CustomerKyc } from '../../ports/customer-kyc-repository.js';
import type { LoanApplicant } from '../../ports/loan-applicant-repository.js';
import type { PanVerification, PanVerifier } from '../../ports/pan-verifier.js';
import { emptyKyc } from '../kyc/kyc-rules.js';
import { StubFactSources } from '../../testing/fakes/stub-fact-sources.js';
import { gatherApplicationFacts } from './application-facts.js';
import { report } from './decisioning-world.fixture.js';

const at = new Date('2026-11-23T06:00:00Z');
const product: LoanProduct = {
  id: 'p1', brandId: 'b1', code: 'salary-advance', name: 'Salary Advance', currency: 'INR', minAmount: Money.of('5000'), maxAmount: Money.of('100000'),
  tenureUnit: 'DAY', allowedTenures: [30], annualRate: Rate.percent('36'), processingFee: { kind: 'FLAT', amount: Money.of('100') }, active: true,
};

/** A PAN register: PANs ending Z are unknown to it, every other belongs to ASHA RAO. */
const panRegister: PanVerifier = {
  verifyPan: async (pan): Promise<PanVerification> => (pan.endsWith('Z') ? { status: 'NOT_FOUND', pan } : { status: 'VALID', pan, registeredName: 'ASHA RAO', holderType: 'INDIVIDUAL', nameMatchScore: 0 }),
};

async function gather(sources: StubFactSources, pan: string, withPan = true) {
  const applied = Loan.apply({ id: 'l1', brandId: 'b1', customerId: 'c1', product, amount: Money.of('20000'), tenure: 30, at });
  if (!applied.ok) throw new Error('the fixture does not fit the product');
  return gatherApplicationFacts(withPan ? { ...sources, pan: panRegister } : sources, {
    loan: applied.value,
    product,
    customer: { id: 'c1', brandId: 'b1', phone: '+919812345678', createdAt: at },
    applicant: { pan, dateOfBirth: localDate('1990-04-01') },
    asOf: localDate('2026-11-23'),
  });
}

describe('gatherApplicationFacts and the bureau', () => {
  it('asks the bureau with the name registered to the PAN and the customer mobile', async () => {
    const sources = new StubFactSources();
    sources.reports.set('ABCPE1234F', report(760));
    const facts = await gather(sources, 'ABCPE1234F');
    expect(facts['bureau']).toMatchObject({ score: 760 });
    expect(sources.requests).toContainEqual(expect.objectContaining({ pan: 'ABCPE1234F', name: 'ASHA RAO', mobile: '+919812345678', dateOfBirth: '1990-04-01' }));
  });

  it('pays for no pull on a PAN the tax department does not know: the bureau facts stay unknown', async () => {
    const sources = new StubFactSources();
    sources.reports.set('ABCPE1234Z', report(760));
    const facts = await gather(sources, 'ABCPE1234Z');
    expect(facts['bureau']).toEqual({});
    expect(facts['kyc']).toEqual({ panStatus: 'NOT_FOUND' });
    expect(sources.requests.filter((r) => !('customerId' in r))).toEqual([]);
  });

  it('without a PAN verifier still asks the bureau, with no name', async () => {
    const sources = new StubFactSources();
    sources.reports.set('ABCPE1234F', report(760));
    await gather(sources, 'ABCPE1234F', false);
    expect(sources.requests.find((r) => !('customerId' in r))).not.toHaveProperty('name');
  });
});

/** A KYC record whose Aadhaar step ended as `status` with the reference `ref`. */
function kycWithAadhaar(status: 'VERIFIED' | 'OTP_SENT' | 'FAILED', ref: string): CustomerKyc {
  const aadhaar = { status, result: status, checkedAt: at, maskedAadhaar: 'XXXX-XXXX-2346', aadhaarRef: ref, referenceId: null, name: null, dateOfBirth: null };
  return { ...emptyKyc('b1', 'c1'), aadhaar };
}

async function factsWithKyc(sources: StubFactSources, applicant: LoanApplicant, kyc: CustomerKyc | null) {
  const applied = Loan.apply({ id: 'l1', brandId: 'b1', customerId: 'c1', product, amount: Money.of('20000'), tenure: 30, at });
  if (!applied.ok) throw new Error('the fixture does not fit the product');
  const kycRecords = { find: async (brandId: string, customerId: string) => (brandId === 'b1' && customerId === 'c1' ? kyc : null) };
  const facts = await gatherApplicationFacts(
    { ...sources, kycRecords },
    { loan: applied.value, product, customer: { id: 'c1', brandId: 'b1', phone: '+919812345678', createdAt: at }, applicant, asOf: localDate('2026-11-23') },
  );
  return facts;
}

const blocklistFacts = async (sources: StubFactSources, applicant: LoanApplicant, kyc: CustomerKyc | null) => (await factsWithKyc(sources, applicant, kyc))['blocklist'];

describe('gatherApplicationFacts and the bank statement', () => {
  it('reads the customer\'s analysed statement even when the application carries no PAN', async () => {
    const sources = new StubFactSources();
    sources.statements.set('c1', { bouncesLast3Months: 1, lastSalaryCreditOn: localDate('2026-11-01'), averageBalance: Money.of('23456.70') });
    expect((await factsWithKyc(sources, {}, null))['bank']).toEqual({ bouncesLast3Months: 1, lastSalaryCreditOn: '2026-11-01', averageBalance: '23456.70' });
    expect(sources.requests).toContainEqual({ brandId: 'b1', customerId: 'c1', asOf: '2026-11-23' });
  });
});

describe('gatherApplicationFacts and the Aadhaar blocklist', () => {
  it('checks the reference of the Aadhaar declared with the application', async () => {
    const sources = new StubFactSources();
    sources.blocked.add('aref_declared');
    expect(await blocklistFacts(sources, { aadhaarRef: 'aref_declared' }, null)).toEqual({ phone: false, aadhaar: true });
    expect(await blocklistFacts(sources, { aadhaarRef: 'aref_other' }, null)).toEqual({ phone: false, aadhaar: false });
  });

  it('prefers the Aadhaar the customer verified by OTP over a declared one', async () => {
    const sources = new StubFactSources();
    sources.blocked.add('aref_verified');
    expect(await blocklistFacts(sources, { aadhaarRef: 'aref_declared' }, kycWithAadhaar('VERIFIED', 'aref_verified'))).toMatchObject({ aadhaar: true });
    expect(await blocklistFacts(sources, {}, kycWithAadhaar('VERIFIED', 'aref_verified'))).toMatchObject({ aadhaar: true });
  });

  it('leaves the fact unknown with no declared Aadhaar and no verified one: an unproven OTP request does not count', async () => {
    const sources = new StubFactSources();
    sources.blocked.add('aref_pending');
    expect(await blocklistFacts(sources, {}, null)).toEqual({ phone: false });
    expect(await blocklistFacts(sources, {}, kycWithAadhaar('OTP_SENT', 'aref_pending'))).toEqual({ phone: false });
    expect(await blocklistFacts(sources, {}, kycWithAadhaar('FAILED', 'aref_pending'))).toEqual({ phone: false });
  });
});

describe('gatherApplicationFacts and the customer\'s KYC record', () => {
  const panStep = (pan: string, nameMatchScore: number | null) => ({ status: 'VERIFIED' as const, result: 'VALID', checkedAt: at, pan, registeredName: 'ASHA RAO', nameMatchScore });

  it('reads the name match of the customer\'s PAN verification for the PAN applied with, and which steps are verified', async () => {
    const kyc: CustomerKyc = { ...kycWithAadhaar('VERIFIED', 'aref_x'), pan: panStep('ABCPE1234F', 92) };
    expect((await factsWithKyc(new StubFactSources(), { pan: 'ABCPE1234F' }, kyc))['kyc']).toEqual({ nameMatchScore: 92, aadhaarVerified: true, bankAccountVerified: false });
  });

  it('leaves the name match unknown for another PAN or an unscored check, and says "not verified" for a customer who took no step', async () => {
    const kyc: CustomerKyc = { ...emptyKyc('b1', 'c1'), pan: panStep('ABCPE1234F', 92) };
    expect((await factsWithKyc(new StubFactSources(), { pan: 'XYZPE9876K' }, kyc))['kyc']).toEqual({ aadhaarVerified: false, bankAccountVerified: false });
    const unscored: CustomerKyc = { ...emptyKyc('b1', 'c1'), pan: panStep('ABCPE1234F', null) };
    expect((await factsWithKyc(new StubFactSources(), { pan: 'ABCPE1234F' }, unscored))['kyc']).not.toHaveProperty('nameMatchScore');
    expect((await factsWithKyc(new StubFactSources(), {}, null))['kyc']).toEqual({ aadhaarVerified: false, bankAccountVerified: false });
  });
});
