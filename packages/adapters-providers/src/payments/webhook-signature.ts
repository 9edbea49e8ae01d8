import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 of a text with a secret, in hex or base64. */
export function hmacSha256(secret: string, text: string, encoding: 'hex' | 'base64'): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest(encoding);
}

/**
 * Compares a received signature with the expected one in constant time, so response timing reveals
 * nothing about how many leading characters were right. Different lengths are simply unequal.
 */
export function signaturesMatch(received: string, expected: string): boolean {
  const a = Buffer.from(received, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
