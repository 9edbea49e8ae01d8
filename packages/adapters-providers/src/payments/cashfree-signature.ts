import type { WebhookRejection } from '@los/application';
import { hmacSha256, signaturesMatch } from './webhook-signature.js';

/**
 * Cashfree's webhook signature: HMAC-SHA256 over the `x-webhook-timestamp` value followed by the raw body,
 * keyed with the secret, base64, sent in `x-webhook-signature` (Cashfree Payments docs, "Webhook signature
 * verification"). The timestamp is in milliseconds since the epoch.
 * @example cashfreeSignature('1767225600000', '{"type":"PAYMENT_SUCCESS_WEBHOOK"}', 'secret')
 */
export function cashfreeSignature(timestamp: string, rawBody: string, secret: string): string {
  return hmacSha256(secret, `${timestamp}${rawBody}`, 'base64');
}

/**
 * Checks a Cashfree callback: the signature, then that its timestamp lies within `windowSeconds` of `now`
 * either way, so a captured callback cannot be replayed later. Null when it is genuine and fresh.
 */
export function checkCashfreeSignature(
  headers: Readonly<Record<string, string>>,
  rawBody: string,
  secret: string,
  now: Date,
  windowSeconds = 300,
): WebhookRejection | null {
  const received = headers['x-webhook-signature'];
  const timestamp = headers['x-webhook-timestamp'];
  if (!received || !timestamp) return 'SIGNATURE_MISSING';
  if (!signaturesMatch(received, cashfreeSignature(timestamp, rawBody, secret))) return 'SIGNATURE_INVALID';
  if (!/^\d{1,16}$/.test(timestamp) || Math.abs(now.getTime() - Number(timestamp)) > windowSeconds * 1000) return 'TIMESTAMP_OUTSIDE_WINDOW';
  return null;
}
