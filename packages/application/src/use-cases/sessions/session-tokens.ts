import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { NewRefreshToken, RefreshTokenSecrets, RefreshTokenStore, SessionSubject } from '../../ports/refresh-token-store.js';

/** What issuing and rotating refresh tokens need. */
export interface SessionTokenDeps {
  readonly store: RefreshTokenStore;
  readonly secrets: RefreshTokenSecrets;
  readonly ids: IdGenerator;
  readonly clock: Clock;
  /** Lifetime of each refresh token; a rotation issues its successor with a full lifetime. */
  readonly ttlSeconds: number;
}

/** A refresh token as the client receives it, once: the secret and its lifetime in seconds. */
export interface IssuedRefreshToken {
  readonly refreshToken: string;
  readonly refreshExpiresIn: number;
}

/** A new token of the subject, in `familyId` (or starting its own family), with the secret to hand out. */
export function mintRefreshToken(deps: SessionTokenDeps, subject: SessionSubject, familyId?: string): { readonly issued: IssuedRefreshToken; readonly record: NewRefreshToken } {
  const id = deps.ids.next();
  const secret = deps.secrets.generate();
  const issuedAt = deps.clock.now();
  const record: NewRefreshToken = {
    id,
    familyId: familyId ?? id,
    tokenHash: deps.secrets.hash(secret),
    subject,
    issuedAt,
    expiresAt: new Date(issuedAt.getTime() + deps.ttlSeconds * 1000),
  };
  return { issued: { refreshToken: secret, refreshExpiresIn: deps.ttlSeconds }, record };
}
