/** What a blocklist entry lists: a PAN, an Aadhaar reference (never the Aadhaar number), a phone or a pincode. */
export type BlocklistKind = 'PAN' | 'AADHAAR_REF' | 'PHONE' | 'PINCODE';

/** Every kind, in the order lists show them. */
export const BLOCKLIST_KINDS: readonly BlocklistKind[] = ['PAN', 'AADHAAR_REF', 'PHONE', 'PINCODE'];

/**
 * Which of an applicant's identifiers a fraud blocklist holds; an identifier that was not given is
 * absent, so the rules see it as unknown rather than as "not listed".
 */
export interface BlocklistHits {
  readonly pan?: boolean;
  readonly aadhaar?: boolean;
  readonly phone: boolean;
  readonly pincode?: boolean;
}

/** The identifiers to look up on one brand's blocklist; the phone is always known (customers sign in with it). */
export interface BlocklistQuery {
  readonly brandId: string;
  readonly phone: string;
  readonly pan?: string;
  /** The Aadhaar reference key the e-KYC provider returns, never the Aadhaar number. */
  readonly aadhaarRef?: string;
  readonly pincode?: string;
}

/** A brand's fraud blocklist, as decisioning reads it. */
export interface Blocklist {
  check(request: BlocklistQuery): Promise<BlocklistHits>;
}
