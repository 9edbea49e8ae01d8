import { type KeyObject, createHmac, createSecretKey, timingSafeEqual } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Actor, BrandRole } from '@los/application';

/** Settings of signed access tokens. */
export interface TokenOptions {
  /** HMAC key for HS256; at least 32 characters. */
  readonly secret: string;
  readonly issuer?: string;
  readonly accessTtlSeconds?: number;
}

interface CustomerClaims {
  readonly kind: 'customer';
  readonly brandId: string;
}

interface StaffClaims {
  readonly kind: 'staff';
  readonly superAdmin: boolean;
  readonly roles: readonly BrandRole[];
}

/** Issues and checks short-lived JWT access tokens (HS256) carrying the actor. */
export class JwtTokenService {
  private readonly issuer: string;
  private readonly ttl: number;
  // Built once: handing jsonwebtoken a string makes it try to parse the secret as a public key on every call.
  private readonly key: KeyObject;

  constructor(options: TokenOptions) {
    if (options.secret.length < 32) throw new RangeError('the token secret must have at least 32 characters');
    this.key = createSecretKey(Buffer.from(options.secret, 'utf8'));
    this.issuer = options.issuer ?? 'los';
    this.ttl = options.accessTtlSeconds ?? 900;
  }

  /** A signed token for the actor, and its lifetime in seconds. */
  issue(actor: Actor): { readonly accessToken: string; readonly expiresIn: number } {
    const claims: CustomerClaims | StaffClaims =
      actor.kind === 'customer' ? { kind: 'customer', brandId: actor.brandId } : { kind: 'staff', superAdmin: actor.superAdmin, roles: actor.roles };
    const subject = actor.kind === 'customer' ? actor.customerId : actor.userId;
    const accessToken = jwt.sign(claims, this.key, { algorithm: 'HS256', expiresIn: this.ttl, issuer: this.issuer, subject });
    return { accessToken, expiresIn: this.ttl };
  }

  /**
   * The actor of a valid token, or null for anything forged, expired or malformed. Checked by hand with
   * node:crypto (HS256 only, constant-time signature comparison, `exp` required, `nbf` and `iss` honoured):
   * every authenticated request pays for this, and jsonwebtoken's general-purpose path cost about twice as much.
   */
  verify(token: string): Actor | null {
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [header, body, signature] = parts as [string, string, string];
    const expected = Buffer.from(createHmac('sha256', this.key).update(`${header}.${body}`).digest('base64url'));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const head = decodeJson(header);
    if (head?.['alg'] !== 'HS256') return null;
    const payload = decodeJson(body);
    if (!payload || typeof payload['sub'] !== 'string' || payload['iss'] !== this.issuer) return null;
    const now = Math.floor(Date.now() / 1000);
    if (typeof payload['exp'] !== 'number' || now >= payload['exp']) return null;
    if (payload['nbf'] !== undefined && (typeof payload['nbf'] !== 'number' || payload['nbf'] > now)) return null;
    if (payload['kind'] === 'customer' && typeof payload['brandId'] === 'string') {
      return { kind: 'customer', customerId: payload['sub'], brandId: payload['brandId'] };
    }
    if (payload['kind'] === 'staff' && Array.isArray(payload['roles'])) {
      return { kind: 'staff', userId: payload['sub'], superAdmin: payload['superAdmin'] === true, roles: payload['roles'] as BrandRole[] };
    }
    return null;
  }
}

/** A base64url JSON object segment of a token, or null when it is anything else. */
function decodeJson(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
