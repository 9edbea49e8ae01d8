import type { WebhookRejection } from '@los/application';
import { hmacSha256, signaturesMatch } from './webhook-signature.js';

/**
 * Razorpay's webhook signature: HMAC-SHA256 of the raw request body keyed with the webhook secret, hex,
 * sent in `X-Razorpay-Signature` (Razorpay docs, "Validate webhooks"). The body must be the exact bytes
 * received: re-serialised JSON would not match.
 * @example razorpaySignature('{"event":"payment.captured"}', 'whsec') // 64 hex characters
 */
export function razorpaySignature(rawBody: string, secret: string): string {
  return hmacSha256(secret, rawBody, 'hex');
}

/** Checks a Razorpay callback's signature; null when it is genuine. */
export function checkRazorpaySignature(headers: Readonly<Record<string, string>>, rawBody: string, secret: string): WebhookRejection | null {
  const received = headers['x-razorpay-signature'];
  if (!received) return 'SIGNATURE_MISSING';
  return signaturesMatch(received, razorpaySignature(rawBody, secret)) ? null : 'SIGNATURE_INVALID';
}
