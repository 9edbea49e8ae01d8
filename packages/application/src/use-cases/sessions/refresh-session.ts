import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { RefreshToken, SessionSubject } from '../../ports/refresh-token-store.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type IssuedRefreshToken, type SessionTokenDeps, mintRefreshToken } from './session-tokens.js';

/** Every refusal looks alike: unknown, expired, revoked, reused, or its subject gone. */
export type RefreshSessionError = { readonly code: 'REFRESH_TOKEN_INVALID' };

/** A refreshed session: the actor as the database knows it now, and the successor refresh token. */
export interface RefreshedSession extends IssuedRefreshToken {
  readonly actor: Actor;
}

/** What is known of a reused refresh token (never the token itself), for the security log. */
export interface RefreshTokenReuse {
  readonly familyId: string;
  readonly tokenId: string;
  readonly subject: SessionSubject;
  /** How many tokens of the family this revoked. */
  readonly revoked: number;
}

const INVALID: RefreshSessionError = { code: 'REFRESH_TOKEN_INVALID' };

/**
 * Exchanges a refresh token for its successor and the actor to sign a new access token for. The actor is
 * read from the database (a member of staff's current roles and super-admin flag; a deactivated one, or a
 * customer who no longer exists, is refused). A token presented after it was exchanged means it leaked or
 * raced: its whole family is revoked, and `onReuse` hears of it.
 */
export class RefreshSession {
  constructor(
    private readonly deps: SessionTokenDeps & {
      readonly repositories: Repositories;
      readonly onReuse?: (reuse: RefreshTokenReuse) => void;
    },
  ) {}

  async execute(input: { readonly refreshToken: string }): Promise<Result<RefreshedSession, RefreshSessionError>> {
    const token = await this.deps.store.findByHash(this.deps.secrets.hash(input.refreshToken));
    const now = this.deps.clock.now();
    if (!token || token.revokedAt) return err(INVALID);
    if (token.usedAt) return this.reused(token, now);
    if (token.expiresAt.getTime() <= now.getTime()) return err(INVALID);
    const actor = await this.actorOf(token.subject);
    if (!actor) {
      await this.deps.store.revokeFamily(token.familyId, now);
      return err(INVALID);
    }
    const { issued, record } = mintRefreshToken(this.deps, token.subject, token.familyId);
    // Lost to a concurrent rotation of the same token: the loser is a reuse like any other.
    if (!(await this.deps.store.rotate(token.id, record))) return this.reused(token, now);
    return ok({ actor, ...issued });
  }

  private async reused(token: RefreshToken, now: Date): Promise<Result<RefreshedSession, RefreshSessionError>> {
    const revoked = await this.deps.store.revokeFamily(token.familyId, now);
    this.deps.onReuse?.({ familyId: token.familyId, tokenId: token.id, subject: token.subject, revoked });
    return err(INVALID);
  }

  private async actorOf(subject: SessionSubject): Promise<Actor | null> {
    if (subject.kind === 'customer') {
      const customer = await this.deps.repositories.customers.findById(subject.brandId, subject.customerId);
      return customer ? { kind: 'customer', customerId: customer.id, brandId: customer.brandId } : null;
    }
    const user = await this.deps.repositories.staff.findById(subject.userId);
    return user?.active ? { kind: 'staff', userId: user.id, superAdmin: user.superAdmin, roles: user.roles } : null;
  }
}
