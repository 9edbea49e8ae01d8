import { createHash, randomBytes } from 'node:crypto';
import type { RefreshTokenSecrets } from '@los/application';

/**
 * Refresh token secrets: 32 bytes from the CSPRNG as base64url (43 characters), stored as their SHA-256
 * (hex). An unkeyed fast hash is enough here, unlike for passwords or OTPs: the secret carries 256 bits of
 * randomness, so nobody holding the stored hashes can guess a secret that matches one, and there is no
 * small space of candidates to try. Lookup by hash through an index is safe for the same reason: an
 * attacker cannot choose inputs whose hashes approach a stored one.
 */
export class CryptoRefreshTokenSecrets implements RefreshTokenSecrets {
  generate(): string {
    return randomBytes(32).toString('base64url');
  }

  hash(secret: string): string {
    return createHash('sha256').update(secret, 'utf8').digest('hex');
  }
}
