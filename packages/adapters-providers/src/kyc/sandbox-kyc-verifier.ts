import type {
  AadhaarEkyc,
  AadhaarOtpResult,
  AadhaarOtpStart,
  BankAccountVerification,
  BankAccountVerifier,
  EmploymentVerification,
  EmploymentVerifier,
  KycVerifier,
  PanVerification,
  PanVerifier,
} from '@los/application';
import { isValidAadhaar, isValidPan, maskAadhaar, nameMatchScore } from '@los/domain';
import { IFSC, UAN } from './kyc-formats.js';

/**
 * The sandbox's test identities, and the rules it follows (documented for anyone testing a journey):
 * - PAN: malformed → INVALID; well-formed ending in `Z` → NOT_FOUND; any other is VALID, registered to ASHA RAO.
 * - Aadhaar: not a valid number → INVALID_AADHAAR; a valid number starting with 9 → NO_MOBILE_LINKED;
 *   otherwise the OTP is sent and `123456` is the only accepted OTP; the record is ASHA RAO's.
 * - Bank account: malformed IFSC → INVALID_IFSC; account number ending `000` → ACCOUNT_CLOSED, `111` →
 *   INVALID_ACCOUNT; any other is VERIFIED with holder ASHA RAO.
 * - UAN: not twelve digits → INVALID_UAN; ending `0000` → NOT_FOUND; any other is FOUND, ASHA RAO.
 */
export const SANDBOX_KYC_IDENTITIES = Object.freeze({
  pan: 'ABCPE1234F',
  name: 'ASHA RAO',
  unknownPan: 'ABCPE1234Z',
  aadhaar: '234123412346',
  otp: '123456',
  account: Object.freeze({ accountNumber: '50100012345678', ifsc: 'HDFC0001234', holderName: 'ASHA RAO' }),
  closedAccount: Object.freeze({ accountNumber: '50100012345000', ifsc: 'HDFC0001234' }),
  uan: '100200300400',
});

const HOLDER = SANDBOX_KYC_IDENTITIES.name;

/** The embedded-mode KYC simulator: deterministic answers from the documented test identities. */
export class SandboxKycVerifier implements PanVerifier, AadhaarEkyc, BankAccountVerifier, EmploymentVerifier {
  private readonly pending = new Map<string, string>();
  private sequence = 0;

  async verifyPan(pan: string, name: string): Promise<PanVerification> {
    if (!isValidPan(pan)) return { status: 'INVALID', pan };
    if (pan.endsWith('Z')) return { status: 'NOT_FOUND', pan };
    return { status: 'VALID', pan, registeredName: HOLDER, holderType: pan[3] === 'P' ? 'INDIVIDUAL' : 'OTHER', nameMatchScore: nameMatchScore(name, HOLDER) };
  }

  async startOtp(aadhaarNumber: string): Promise<AadhaarOtpStart> {
    if (!isValidAadhaar(aadhaarNumber)) return { status: 'INVALID_AADHAAR' };
    if (aadhaarNumber.trim().startsWith('9')) return { status: 'NO_MOBILE_LINKED' };
    const referenceId = `sbx_aadhaar_${++this.sequence}`;
    // Only the masked form is kept, even in the simulator.
    this.pending.set(referenceId, maskAadhaar(aadhaarNumber));
    return { status: 'OTP_SENT', referenceId };
  }

  async submitOtp(referenceId: string, otp: string): Promise<AadhaarOtpResult> {
    const masked = this.pending.get(referenceId);
    if (!masked) return { status: 'OTP_EXPIRED' };
    if (otp !== SANDBOX_KYC_IDENTITIES.otp) return { status: 'OTP_INVALID' };
    this.pending.delete(referenceId);
    return { status: 'VERIFIED', kyc: { maskedAadhaar: masked, name: 'Asha Rao', dateOfBirth: '1992-06-15', gender: 'F', address: '12 MG Road, Bengaluru, Karnataka, 560001' } };
  }

  async verifyAccount(input: { readonly accountNumber: string; readonly ifsc: string; readonly expectedName: string }): Promise<BankAccountVerification> {
    const providerReference = `sbx_pd_${++this.sequence}`;
    if (!IFSC.test(input.ifsc)) return { status: 'INVALID_IFSC', providerReference };
    if (input.accountNumber.endsWith('000')) return { status: 'ACCOUNT_CLOSED', providerReference };
    if (input.accountNumber.endsWith('111')) return { status: 'INVALID_ACCOUNT', providerReference };
    return { status: 'VERIFIED', account: { accountNumber: input.accountNumber, ifsc: input.ifsc, holderName: HOLDER }, nameMatchScore: nameMatchScore(input.expectedName, HOLDER), providerReference };
  }

  async verifyEmployment(uan: string, name: string): Promise<EmploymentVerification> {
    if (!UAN.test(uan)) return { status: 'INVALID_UAN', uan };
    if (uan.endsWith('0000')) return { status: 'NOT_FOUND', uan };
    return { status: 'FOUND', uan, name: HOLDER, nameMatchScore: nameMatchScore(name, HOLDER), employments: [{ employer: 'Sandbox Technologies Private Limited', joinedOn: '2021-04-01' }] };
  }
}

/**
 * One verifier object as the four KYC ports.
 * @example const kyc = kycVerifierOf(new SandboxKycVerifier()); await kyc.pan.verifyPan(pan, name);
 */
export function kycVerifierOf(all: PanVerifier & AadhaarEkyc & BankAccountVerifier & EmploymentVerifier): KycVerifier {
  return { pan: all, aadhaar: all, bankAccount: all, employment: all };
}
