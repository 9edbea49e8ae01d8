/** Keys whose values never reach the logs: secrets, tokens and personal data. */
const SECRET_KEYS = new Set(['password', 'passwordHash', 'otp', 'phone', 'email', 'pan', 'aadhaar', 'accessToken', 'refreshToken', 'authorization', 'cookie', 'secret', 'text']);
const CENSOR = '[redacted]';
/** Keys are looked for on the logged object and two levels below it (`body.customer.phone`). */
const MAX_DEPTH = 2;

/**
 * The log object with every secret key's value replaced by `[redacted]`, copying only the objects on the
 * way to a replaced value (the caller's objects are never changed; an object without secrets is returned
 * as it is). It walks plain objects and arrays.
 *
 * Why not pino's `redact` option: with wildcard paths at three depths it cost about ten times the rest of
 * writing a line, and the API writes a line per request.
 */
export function redactLogObject(object: Record<string, unknown>): Record<string, unknown> {
  return redact(object, 0) as Record<string, unknown>;
}

function redact(value: object, depth: number): object {
  let copy: Record<string, unknown> | unknown[] | undefined;
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const inner = source[key];
    const next = SECRET_KEYS.has(key) ? CENSOR : depth < MAX_DEPTH && walkable(inner) ? redact(inner, depth + 1) : inner;
    if (next === inner) continue;
    copy ??= Array.isArray(value) ? [...(value as unknown[])] : { ...source };
    (copy as Record<string, unknown>)[key] = next;
  }
  return copy ?? value;
}

function walkable(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}
