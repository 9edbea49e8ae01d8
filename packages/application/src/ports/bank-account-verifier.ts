/** An account that passed a penny drop: the only kind disbursals go to. */
export interface VerifiedBankAccount {
  readonly accountNumber: string;
  readonly ifsc: string;
  readonly holderName: string;
}

/** A penny-drop result: the bank's holder name and how well it matches the expected name (0–100). */
export type BankAccountVerification =
  | { readonly status: 'VERIFIED'; readonly account: VerifiedBankAccount; readonly nameMatchScore: number; readonly providerReference: string }
  | { readonly status: 'INVALID_ACCOUNT' | 'INVALID_IFSC' | 'ACCOUNT_CLOSED'; readonly providerReference: string };

/** Penny-drop bank account verification: ₹1 is credited and the beneficiary bank returns the holder's name. */
export interface BankAccountVerifier {
  verifyAccount(input: { readonly accountNumber: string; readonly ifsc: string; readonly expectedName: string }): Promise<BankAccountVerification>;
}
