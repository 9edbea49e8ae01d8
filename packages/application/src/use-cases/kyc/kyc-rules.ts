import type { BrandKycSettings, CustomerKyc, KycStep } from '../../ports/customer-kyc-repository.js';

/** A brand that never set its KYC settings requires no step and matches names at 80 of 100. */
export const DEFAULT_KYC_SETTINGS: BrandKycSettings = Object.freeze({ requiredSteps: Object.freeze([]), nameMatchThreshold: 80 });

/** The record of a customer who has taken no step yet. */
export function emptyKyc(brandId: string, customerId: string): CustomerKyc {
  return { brandId, customerId, verifiedName: null, pan: null, aadhaar: null, bankAccount: null, employment: null, version: 0 };
}

/**
 * The customer's name as the verified documents give it: the PAN's registered name (the tax department's
 * record), else the verified Aadhaar's name, else none.
 */
export function verifiedNameOf(kyc: CustomerKyc): string | null {
  if (kyc.pan?.status === 'VERIFIED' && kyc.pan.registeredName) return kyc.pan.registeredName;
  if (kyc.aadhaar?.status === 'VERIFIED' && kyc.aadhaar.name) return kyc.aadhaar.name;
  return null;
}

/** Whether a step's latest attempt is verified. */
export function isStepVerified(kyc: CustomerKyc | null, step: KycStep): boolean {
  if (!kyc) return false;
  const check = { PAN: kyc.pan, AADHAAR: kyc.aadhaar, BANK_ACCOUNT: kyc.bankAccount, EMPLOYMENT: kyc.employment }[step];
  return check?.status === 'VERIFIED';
}

/** The required steps whose latest attempt is not verified, in the order the brand lists them. */
export function missingKycSteps(required: readonly KycStep[], kyc: CustomerKyc | null): KycStep[] {
  return required.filter((step) => !isStepVerified(kyc, step));
}
