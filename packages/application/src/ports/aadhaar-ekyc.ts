/** The outcome of asking UIDAI to send an OTP. */
export type AadhaarOtpStart = { readonly status: 'OTP_SENT'; readonly referenceId: string } | { readonly status: 'INVALID_AADHAAR' | 'NO_MOBILE_LINKED' };

/** The e-KYC record; the Aadhaar number only ever appears masked (XXXX-XXXX-1234). */
export interface AadhaarKyc {
  readonly maskedAadhaar: string;
  readonly name: string;
  /** YYYY-MM-DD */
  readonly dateOfBirth: string;
  readonly gender: 'M' | 'F' | 'T';
  readonly address: string;
}

/** The outcome of submitting the OTP. */
export type AadhaarOtpResult = { readonly status: 'VERIFIED'; readonly kyc: AadhaarKyc } | { readonly status: 'OTP_INVALID' | 'OTP_EXPIRED' };

/** Aadhaar OTP e-KYC: an OTP to the Aadhaar-linked mobile, then the demographic record. */
export interface AadhaarEkyc {
  startOtp(aadhaarNumber: string): Promise<AadhaarOtpStart>;
  submitOtp(referenceId: string, otp: string): Promise<AadhaarOtpResult>;
}
