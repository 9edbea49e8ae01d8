import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SecretHasher } from '@los/application';

/** HMAC-SHA256 under a server key: OTPs are stored only as this hash and compared in constant time. */
export class HmacSecretHasher implements SecretHasher {
  constructor(private readonly key: string) {
    if (key.length < 16) throw new RangeError('the hashing key must have at least 16 characters');
  }

  hash(secret: string): string {
    return createHmac('sha256', this.key).update(secret).digest('hex');
  }

  matches(secret: string, hash: string): boolean {
    const expected = Buffer.from(this.hash(secret), 'hex');
    const given = Buffer.from(hash, 'hex');
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
