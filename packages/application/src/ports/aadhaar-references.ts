/**
 * Aadhaar references: a keyed one-way token of an Aadhaar number (HMAC under the installation's key in the
 * adapter), always the same for the same number. Blocklists, KYC records and applications keep and compare
 * the reference, never the number, which UIDAI's Aadhaar (Data Security) Regulations, 2016 allow to be stored
 * only in an Aadhaar Data Vault. Changing the key orphans every stored reference.
 */
export interface AadhaarReferences {
  /** The reference of a 12-digit Aadhaar number, written with or without spaces. */
  referenceOf(aadhaarNumber: string): string;
}
