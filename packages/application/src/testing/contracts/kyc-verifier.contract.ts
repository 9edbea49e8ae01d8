import { maskAadhaar } from '@los/domain';
import { describe, expect, it } from 'vitest';
import type { VerifiedBankAccount } from '../../ports/bank-account-verifier.js';
import type { KycVerifier } from '../../ports/kyc-verifier.js';

/** The provider's test identities a contract run uses. */
export interface KycTestIdentities {
  /** A PAN on record, and its holder's registered name. */
  readonly pan: string;
  readonly name: string;
  /** A well-formed PAN that is not on record. */
  readonly unknownPan: string;
  /** An Aadhaar number with a linked mobile, and the OTP the provider accepts for it. */
  readonly aadhaar: string;
  readonly otp: string;
  readonly account: VerifiedBankAccount;
  readonly closedAccount: { readonly accountNumber: string; readonly ifsc: string };
  readonly uan: string;
}

/**
 * A KYC verifier under test with its provider's test identities.
 * @example describeKycVerifierContract({ name: 'sandbox', create: async () => ({ kyc: sandboxKyc(), identities: SANDBOX_KYC_IDENTITIES }) })
 */
export interface KycVerifierContractOptions {
  readonly name: string;
  readonly create: () => Promise<{ readonly kyc: KycVerifier; readonly identities: KycTestIdentities }>;
  readonly skip?: string;
}

/**
 * The behaviour every KYC verifier shares: PAN checks with a name-match score, Aadhaar OTP e-KYC that
 * never hands back the full number, penny drop with the holder's name, and employment by UAN.
 */
export function describeKycVerifierContract(options: KycVerifierContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`KycVerifier contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    it('verifies a PAN on record and scores the declared name against the registered one', async () => {
      const { kyc, identities: id } = await options.create();
      expect(await kyc.pan.verifyPan(id.pan, id.name.toLowerCase())).toMatchObject({ status: 'VALID', pan: id.pan, nameMatchScore: 100 });
      const other = await kyc.pan.verifyPan(id.pan, 'Someone Else Entirely');
      expect(other.status === 'VALID' && other.nameMatchScore).toBeLessThan(50);
      expect((await kyc.pan.verifyPan(id.unknownPan, id.name)).status).toBe('NOT_FOUND');
      expect((await kyc.pan.verifyPan('NOTAPAN', id.name)).status).toBe('INVALID');
    });

    it('completes Aadhaar OTP e-KYC and returns only the masked number', async () => {
      const { kyc, identities: id } = await options.create();
      const started = await kyc.aadhaar.startOtp(id.aadhaar);
      if (started.status !== 'OTP_SENT') throw new Error(`not sent: ${started.status}`);
      expect((await kyc.aadhaar.submitOtp(started.referenceId, id.otp === '000000' ? '111111' : '000000')).status).toBe('OTP_INVALID');
      const again = await kyc.aadhaar.startOtp(id.aadhaar);
      if (again.status !== 'OTP_SENT') throw new Error('not sent');
      const verified = await kyc.aadhaar.submitOtp(again.referenceId, id.otp);
      expect(verified).toMatchObject({ status: 'VERIFIED', kyc: { maskedAadhaar: maskAadhaar(id.aadhaar) } });
      expect(JSON.stringify(verified)).not.toContain(id.aadhaar.slice(0, 8));
      expect((await kyc.aadhaar.startOtp('123412341234')).status).toBe('INVALID_AADHAAR');
    });

    it('verifies a bank account by penny drop with the holder name and score, and reports a closed one', async () => {
      const { kyc, identities: id } = await options.create();
      const result = await kyc.bankAccount.verifyAccount({ accountNumber: id.account.accountNumber, ifsc: id.account.ifsc, expectedName: id.name });
      expect(result).toMatchObject({ status: 'VERIFIED', account: id.account, nameMatchScore: 100 });
      expect((await kyc.bankAccount.verifyAccount({ ...id.closedAccount, expectedName: id.name })).status).toBe('ACCOUNT_CLOSED');
      expect((await kyc.bankAccount.verifyAccount({ accountNumber: id.account.accountNumber, ifsc: 'BAD', expectedName: id.name })).status).toBe('INVALID_IFSC');
    });

    it('finds employment by UAN and refuses a malformed UAN', async () => {
      const { kyc, identities: id } = await options.create();
      const found = await kyc.employment.verifyEmployment(id.uan, id.name);
      expect(found.status).toBe('FOUND');
      expect(found.status === 'FOUND' && found.employments.length).toBeGreaterThan(0);
      expect(found.status === 'FOUND' && found.nameMatchScore).toBe(100);
      expect((await kyc.employment.verifyEmployment('12AB', id.name)).status).toBe('INVALID_UAN');
    });
  });
}
