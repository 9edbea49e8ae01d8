import { isValidAadhaar, isValidPan, maskAadhaar, nameMatchScore } from '@los/domain';
import type { AadhaarEkyc, AadhaarOtpResult, AadhaarOtpStart } from '../../ports/aadhaar-ekyc.js';
import type { Actor } from '../../auth/actor.js';
import type { BankAccountVerification, BankAccountVerifier } from '../../ports/bank-account-verifier.js';
import type { EmploymentVerification, EmploymentVerifier } from '../../ports/employment-verifier.js';
import type { PanVerification, PanVerifier } from '../../ports/pan-verifier.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { InMemoryLifecycleUnitOfWork } from '../../testing/fakes/in-memory-lifecycle-unit-of-work.js';
import { InMemoryRepositories } from '../../testing/fakes/in-memory-repositories.js';
import { InMemoryTables } from '../../testing/fakes/in-memory-tables.js';
import { InMemoryUnitOfWork } from '../../testing/fakes/in-memory-unit-of-work.js';
import { ReversingAadhaarReferences } from '../../testing/fakes/plain-secret-hashers.js';
import { GetBrandKycSettings } from './get-brand-kyc-settings.js';
import { GetCustomerKyc } from './get-customer-kyc.js';
import { SetBrandKycSettings } from './set-brand-kyc-settings.js';
import { StartAadhaarOtp } from './start-aadhaar-otp.js';
import { SubmitAadhaarOtp } from './submit-aadhaar-otp.js';
import { VerifyBankAccount } from './verify-bank-account.js';
import { VerifyEmployment } from './verify-employment.js';
import { VerifyPan } from './verify-pan.js';

export const kycBrandId = '00000000-0000-7000-8000-0000000000b2';
export const kycCustomerId = '00000000-0000-7000-8000-0000000000c2';
export const AADHAAR = '234123412346';

/**
 * A KYC provider with answers the test sets: the PAN, Aadhaar and EPFO records name `recordName`, the bank
 * names `bankHolder`; an account ending 000 is closed, a PAN ending Z unknown, an OTP other than 123456 wrong;
 * while `outage` is set the provider is down.
 */
export class ScriptedKycProvider implements PanVerifier, AadhaarEkyc, BankAccountVerifier, EmploymentVerifier {
  recordName = 'ASHA RAO';
  bankHolder = 'ASHA RAO';
  holderType: 'INDIVIDUAL' | 'OTHER' = 'INDIVIDUAL';
  /** What the Aadhaar provider hands back as the "masked" number (a broken provider may not mask it). */
  aadhaarAsReturned = maskAadhaar(AADHAAR);
  readonly calls: string[] = [];
  /** While set, every call is recorded and then fails as a provider that is down fails (no answer). */
  outage: Error | null = null;

  private reach(call: string): void {
    this.calls.push(call);
    if (this.outage) throw this.outage;
  }

  async verifyPan(pan: string, name: string): Promise<PanVerification> {
    this.reach(`pan:${pan}`);
    if (!isValidPan(pan)) return { status: 'INVALID', pan };
    if (pan.endsWith('Z')) return { status: 'NOT_FOUND', pan };
    return { status: 'VALID', pan, registeredName: this.recordName, holderType: this.holderType, nameMatchScore: nameMatchScore(name, this.recordName) };
  }
  async startOtp(aadhaarNumber: string): Promise<AadhaarOtpStart> {
    this.reach('aadhaar:start');
    if (!isValidAadhaar(aadhaarNumber)) return { status: 'INVALID_AADHAAR' };
    return { status: 'OTP_SENT', referenceId: `ref-${this.calls.length}` };
  }
  async submitOtp(_referenceId: string, otp: string): Promise<AadhaarOtpResult> {
    this.reach('aadhaar:submit');
    if (otp !== '123456') return { status: 'OTP_INVALID' };
    return { status: 'VERIFIED', kyc: { maskedAadhaar: this.aadhaarAsReturned, name: 'Asha Rao', dateOfBirth: '1992-06-15', gender: 'F', address: '12 MG Road, Bengaluru' } };
  }
  async verifyAccount(input: { readonly accountNumber: string; readonly ifsc: string; readonly expectedName: string }): Promise<BankAccountVerification> {
    this.reach(`bank:${input.accountNumber}:${input.expectedName}`);
    const providerReference = `pd-${this.calls.length}`;
    if (input.accountNumber.endsWith('000')) return { status: 'ACCOUNT_CLOSED', providerReference };
    return { status: 'VERIFIED', account: { accountNumber: input.accountNumber, ifsc: input.ifsc, holderName: this.bankHolder }, nameMatchScore: nameMatchScore(input.expectedName, this.bankHolder), providerReference };
  }
  async verifyEmployment(uan: string, name: string): Promise<EmploymentVerification> {
    this.reach(`uan:${uan}`);
    if (uan.endsWith('0000')) return { status: 'NOT_FOUND', uan };
    return {
      status: 'FOUND', uan, name: this.recordName, nameMatchScore: nameMatchScore(name, this.recordName),
      employments: [{ employer: 'Old Co', joinedOn: '2018-01-01', leftOn: '2021-03-31' }, { employer: 'Sandbox Technologies', joinedOn: '2021-04-01' }],
    };
  }
}

/** A brand with one customer, the KYC use cases over in-memory stores and a scripted provider. */
export async function kycWorld() {
  const clock = new FixedClock('2026-11-23T10:00:00Z');
  const tables = new InMemoryTables();
  const repositories = new InMemoryRepositories(tables);
  const unitOfWork = new InMemoryLifecycleUnitOfWork(new InMemoryUnitOfWork(tables));
  const provider = new ScriptedKycProvider();
  await repositories.brands.add({ id: kycBrandId, code: 'kyc', name: 'KYC Finance', createdAt: clock.now() });
  await repositories.customers.addOrGet({ id: kycCustomerId, brandId: kycBrandId, phone: '+919812345670', createdAt: clock.now() });
  const customer: Actor = { kind: 'customer', brandId: kycBrandId, customerId: kycCustomerId };
  const deps = { unitOfWork, clock };
  return {
    clock, unitOfWork, provider, customer,
    verifyPan: new VerifyPan({ ...deps, pan: provider }),
    startAadhaar: new StartAadhaarOtp({ ...deps, aadhaar: provider, references: new ReversingAadhaarReferences() }),
    submitAadhaar: new SubmitAadhaarOtp({ ...deps, aadhaar: provider }),
    verifyBank: new VerifyBankAccount({ ...deps, bankAccount: provider }),
    verifyEmployment: new VerifyEmployment({ ...deps, employment: provider }),
    getKyc: new GetCustomerKyc({ unitOfWork }),
    setSettings: new SetBrandKycSettings({ unitOfWork }),
    getSettings: new GetBrandKycSettings({ unitOfWork }),
  };
}
