import type { Clock } from '../../ports/clock.js';
import type { RefreshTokenSecrets, RefreshTokenStore } from '../../ports/refresh-token-store.js';

/**
 * Logs out: revokes every token of the presented refresh token's family. An unknown, expired or already
 * revoked token changes nothing, and the caller cannot tell which it was.
 */
export class RevokeSession {
  constructor(private readonly deps: { readonly store: RefreshTokenStore; readonly secrets: RefreshTokenSecrets; readonly clock: Clock }) {}

  async execute(input: { readonly refreshToken: string }): Promise<void> {
    const token = await this.deps.store.findByHash(this.deps.secrets.hash(input.refreshToken));
    if (token && !token.revokedAt) await this.deps.store.revokeFamily(token.familyId, this.deps.clock.now());
  }
}
