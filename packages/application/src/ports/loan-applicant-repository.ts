import type { LocalDate, Money } from '@los/domain';

/** How an applicant earns a living (the rule sets' `customer.employmentType`). */
export type EmploymentType = 'SALARIED' | 'SELF_EMPLOYED' | 'UNEMPLOYED';

/** What an applicant declared with an application; every field is optional. */
export interface LoanApplicant {
  readonly dateOfBirth?: LocalDate;
  /** Permanent Account Number, upper case (`ABCDE1234F`). */
  readonly pan?: string;
  readonly monthlyIncome?: Money;
  readonly employmentType?: EmploymentType;
  readonly employerName?: string;
  /** The brand's employer category (e.g. A, B, C). */
  readonly employerCategory?: string;
  readonly monthsWithEmployer?: number;
  readonly pincode?: string;
  readonly email?: string;
  /** The Aadhaar reference of the number declared with the application (see `AadhaarReferences`), never the number. */
  readonly aadhaarRef?: string;
}

/** Applicant declarations, stored with the loan they came with. */
export interface LoanApplicantRepository {
  add(brandId: string, loanId: string, applicant: LoanApplicant): Promise<void>;
  find(brandId: string, loanId: string): Promise<LoanApplicant | null>;
}
