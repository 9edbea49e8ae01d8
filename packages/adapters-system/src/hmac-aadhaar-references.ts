import type { AadhaarReferences } from '@los/application';
import { HmacSecretHasher } from './hmac-secret-hasher.js';

/** Aadhaar references as the hex HMAC-SHA256 of the number under a key of its own (not the OTP key). */
export class HmacAadhaarReferences implements AadhaarReferences {
  private readonly hasher: HmacSecretHasher;

  constructor(key: string) {
    this.hasher = new HmacSecretHasher(key);
  }

  referenceOf(aadhaarNumber: string): string {
    // Written with or without the customary spaces (2341 2341 2346), a number has one reference.
    const digits = aadhaarNumber.replace(/\s/g, '');
    if (!/^\d{12}$/.test(digits)) throw new RangeError('an Aadhaar reference is made from a 12-digit number');
    return this.hasher.hash(`aadhaar:${digits}`);
  }
}
