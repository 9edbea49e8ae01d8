import type { AadhaarEkyc } from './aadhaar-ekyc.js';
import type { BankAccountVerifier } from './bank-account-verifier.js';
import type { EmploymentVerifier } from './employment-verifier.js';
import type { PanVerifier } from './pan-verifier.js';

/** The KYC checks of onboarding, one port each so a brand can take each from a different provider. */
export interface KycVerifier {
  readonly pan: PanVerifier;
  readonly aadhaar: AadhaarEkyc;
  readonly bankAccount: BankAccountVerifier;
  readonly employment: EmploymentVerifier;
}
