/** What the tax department's records say about a PAN. */
export type PanVerification =
  | { readonly status: 'VALID'; readonly pan: string; readonly registeredName: string; readonly holderType: 'INDIVIDUAL' | 'OTHER'; readonly nameMatchScore: number }
  | { readonly status: 'INVALID' | 'NOT_FOUND'; readonly pan: string };

/** PAN verification against the Income Tax Department's records, through a KYC provider. */
export interface PanVerifier {
  /** `name` is what the applicant declared; the score compares it with the registered name (0–100). */
  verifyPan(pan: string, name: string): Promise<PanVerification>;
}
