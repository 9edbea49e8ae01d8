import type { Clock } from '../../ports/clock.js';
import type { RefreshTokenStore } from '../../ports/refresh-token-store.js';

/**
 * Deletes the refresh tokens of sign-ins that ended (logged out, revoked on reuse, or expired) more than
 * `retentionHours` ago; a live sign-in keeps every token, used ones included, for reuse detection.
 */
export class PruneSessions {
  static readonly job = 'session-pruning';

  constructor(private readonly deps: { readonly store: Pick<RefreshTokenStore, 'pruneEnded'>; readonly clock: Clock; readonly retentionHours: number }) {
    if (!(deps.retentionHours >= 0)) throw new RangeError(`retentionHours must be >= 0, got ${deps.retentionHours}`);
  }

  async execute(): Promise<{ readonly pruned: number }> {
    const before = new Date(this.deps.clock.now().getTime() - this.deps.retentionHours * 3_600_000);
    return { pruned: await this.deps.store.pruneEnded(before) };
  }
}
