/** How customer OTPs behave (shared/DESIGN.md §4): 6 digits, 5-minute life, limited attempts and sends. */
export interface OtpPolicy {
  readonly digits: number;
  readonly ttlSeconds: number;
  /** Wrong codes allowed before the OTP is burnt. */
  readonly maxAttempts: number;
  /** OTPs that may be sent to one phone of a brand within `sendWindowSeconds`. */
  readonly maxSends: number;
  readonly sendWindowSeconds: number;
}

export const DEFAULT_OTP_POLICY: OtpPolicy = { digits: 6, ttlSeconds: 300, maxAttempts: 5, maxSends: 5, sendWindowSeconds: 900 };

/** Cache keys of one brand's phone. */
export const otpKeys = (brandId: string, phone: string) => ({
  code: `otp:${brandId}:${phone}`,
  attempts: `otp-attempts:${brandId}:${phone}`,
  sends: `otp-sends:${brandId}:${phone}`,
});
