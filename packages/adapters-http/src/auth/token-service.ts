import { type KeyObject, createSecretKey } from 'node:crypto';
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

  /** The actor of a valid token, or null for anything forged, expired or malformed. */
  verify(token: string): Actor | null {
    try {
      const payload = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: this.issuer });
      if (typeof payload !== 'object' || typeof payload.sub !== 'string') return null;
      if (payload['kind'] === 'customer' && typeof payload['brandId'] === 'string') {
        return { kind: 'customer', customerId: payload.sub, brandId: payload['brandId'] };
      }
      if (payload['kind'] === 'staff' && Array.isArray(payload['roles'])) {
        return { kind: 'staff', userId: payload.sub, superAdmin: payload['superAdmin'] === true, roles: payload['roles'] as BrandRole[] };
      }
      return null;
    } catch {
      return null;
    }
  }
}
