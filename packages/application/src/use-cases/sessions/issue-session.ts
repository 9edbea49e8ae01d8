import type { Actor } from '../../auth/actor.js';
import type { SessionSubject } from '../../ports/refresh-token-store.js';
import { type IssuedRefreshToken, type SessionTokenDeps, mintRefreshToken } from './session-tokens.js';

/** The session subject of a signed-in actor (the claims of its access tokens are rebuilt from it on refresh). */
export function subjectOf(actor: Actor): SessionSubject {
  return actor.kind === 'customer' ? { kind: 'customer', customerId: actor.customerId, brandId: actor.brandId } : { kind: 'staff', userId: actor.userId };
}

/**
 * Starts a session at sign-in: a refresh token of a new family, stored by its hash only. The secret is in
 * the answer and nowhere else.
 */
export class IssueSession {
  constructor(private readonly deps: SessionTokenDeps) {}

  async execute(actor: Actor): Promise<IssuedRefreshToken> {
    const { issued, record } = mintRefreshToken(this.deps, subjectOf(actor));
    await this.deps.store.add(record);
    return issued;
  }
}
