import type { AadhaarReferences } from '../../ports/aadhaar-references.js';
import type { OtpGenerator, PasswordHasher, SecretHasher } from '../../ports/security.js';

/** A reversible stand-in for OTP hashing in use-case tests; never for production. */
export class PrefixSecretHasher implements SecretHasher {
  hash(secret: string): string {
    return `hashed:${secret}`;
  }

  matches(secret: string, hash: string): boolean {
    return hash === this.hash(secret);
  }
}

/** A fast stand-in for password hashing in use-case tests; never for production. */
export class PrefixPasswordHasher implements PasswordHasher {
  async hash(password: string): Promise<string> {
    return `pw:${password}`;
  }

  async verify(password: string, hash: string): Promise<boolean> {
    return hash === `pw:${password}`;
  }
}

/** Hands out the OTPs it is given, in order. */
export class ScriptedOtpGenerator implements OtpGenerator {
  constructor(private readonly otps: string[]) {}

  generate(digits: number): string {
    const otp = this.otps.shift();
    if (otp === undefined || otp.length !== digits) throw new Error('no scripted OTP left of that length');
    return otp;
  }
}

/** A reversible stand-in for Aadhaar references in use-case tests (`aref_` and the digits reversed); never for production. */
export class ReversingAadhaarReferences implements AadhaarReferences {
  referenceOf(aadhaarNumber: string): string {
    return `aref_${[...aadhaarNumber.replace(/\s/g, '')].reverse().join('')}`;
  }
}
