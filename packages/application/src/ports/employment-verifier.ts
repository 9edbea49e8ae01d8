/** One employment in the EPFO record of a UAN. */
export interface Employment {
  readonly employer: string;
  /** YYYY-MM-DD */
  readonly joinedOn: string;
  /** YYYY-MM-DD, absent while employed there. */
  readonly leftOn?: string;
}

/** An EPFO lookup by UAN. */
export type EmploymentVerification =
  | { readonly status: 'FOUND'; readonly uan: string; readonly name: string; readonly nameMatchScore: number; readonly employments: readonly Employment[] }
  | { readonly status: 'NOT_FOUND' | 'INVALID_UAN'; readonly uan: string };

/** Employment verification through the EPFO record of a UAN (Universal Account Number). */
export interface EmploymentVerifier {
  verifyEmployment(uan: string, name: string): Promise<EmploymentVerification>;
}
