import type { VerifiedBankAccount } from './bank-account-verifier.js';

/** The onboarding checks a brand may require before a loan is sanctioned. */
export const KYC_STEPS = ['PAN', 'AADHAAR', 'BANK_ACCOUNT', 'EMPLOYMENT'] as const;

/** One onboarding check. */
export type KycStep = (typeof KYC_STEPS)[number];

/**
 * A step's latest attempt: VERIFIED, FAILED (the provider's negative answer or a name below the brand's
 * threshold), or, for Aadhaar only, OTP_SENT while the customer's OTP is awaited.
 */
export type KycCheckStatus = 'VERIFIED' | 'FAILED' | 'OTP_SENT';

/** What every step's latest attempt records. */
interface KycCheck {
  readonly status: KycCheckStatus;
  /** The provider's answer or the refusal, e.g. `VALID`, `ACCOUNT_CLOSED`, `NAME_MISMATCH`. */
  readonly result: string;
  readonly checkedAt: Date;
}

/** The PAN check: the registered name only when the tax records know the PAN. */
export interface PanCheck extends KycCheck {
  readonly pan: string;
  readonly registeredName: string | null;
  readonly nameMatchScore: number | null;
}

/** The Aadhaar OTP e-KYC: the number only ever masked (XXXX-XXXX-1234), the name and birth date once verified. */
export interface AadhaarCheck extends KycCheck {
  readonly maskedAadhaar: string;
  /** The number's Aadhaar reference (see `AadhaarReferences`), what blocklists are checked with; null on records made before references were kept. */
  readonly aadhaarRef: string | null;
  /** The provider's OTP request, while OTP_SENT. */
  readonly referenceId: string | null;
  readonly name: string | null;
  /** YYYY-MM-DD */
  readonly dateOfBirth: string | null;
}

/** The penny drop: the bank's holder name and its match with the customer's verified name. */
export interface BankAccountCheck extends KycCheck {
  readonly accountNumber: string;
  readonly ifsc: string;
  readonly holderName: string | null;
  readonly nameMatchScore: number | null;
  readonly providerReference: string;
  /** Set only when the account became the customer's verified account. */
  readonly verifiedAt: Date | null;
}

/** The EPFO lookup by UAN: the current (or latest) employer and the name match. */
export interface EmploymentCheck extends KycCheck {
  readonly uan: string;
  readonly employer: string | null;
  readonly name: string | null;
  readonly nameMatchScore: number | null;
}

/** A customer's KYC on one brand: each step's latest attempt and the name the verified documents give. */
export interface CustomerKyc {
  readonly brandId: string;
  readonly customerId: string;
  /** From the verified PAN, else the verified Aadhaar; null until one is verified. */
  readonly verifiedName: string | null;
  readonly pan: PanCheck | null;
  readonly aadhaar: AadhaarCheck | null;
  readonly bankAccount: BankAccountCheck | null;
  readonly employment: EmploymentCheck | null;
  /** Optimistic concurrency: 0 before the first save, then the number of saves. */
  readonly version: number;
}

/** What a brand requires before sanction, and how closely names must agree (0–100). */
export interface BrandKycSettings {
  readonly requiredSteps: readonly KycStep[];
  readonly nameMatchThreshold: number;
}

/** Customers' KYC records and each brand's KYC settings, always scoped to one brand. */
export interface CustomerKycRepository {
  /** Null before the customer's first step. */
  find(brandId: string, customerId: string): Promise<CustomerKyc | null>;
  /**
   * Stores the record as version `kyc.version + 1`.
   * @throws ConcurrencyConflictError when the stored version is no longer `kyc.version`.
   */
  save(kyc: CustomerKyc): Promise<void>;
  /** The account a penny drop verified with a passing name match: the only one disbursals may go to. */
  verifiedBankAccount(brandId: string, customerId: string): Promise<VerifiedBankAccount | null>;
  /** The customer's name as the verified PAN (or Aadhaar) gives it. */
  verifiedName(brandId: string, customerId: string): Promise<string | null>;
  /** Null when the brand never set them (the defaults apply). */
  kycSettings(brandId: string): Promise<BrandKycSettings | null>;
  setKycSettings(brandId: string, settings: BrandKycSettings): Promise<void>;
}
