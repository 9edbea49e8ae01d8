import { randomInt } from 'node:crypto';
import type { OtpGenerator } from '@los/application';

/** One-time passwords from the operating system's CSPRNG, zero-padded to the requested digits. */
export class CryptoOtpGenerator implements OtpGenerator {
  generate(digits: number): string {
    if (!Number.isInteger(digits) || digits < 4 || digits > 10) throw new RangeError('an OTP has 4 to 10 digits');
    return randomInt(0, 10 ** digits).toString().padStart(digits, '0');
  }
}
