import type { Clock } from '../../ports/clock.js';
import type { OutboxStore } from '../../ports/outbox.js';

/** Deletes outbox rows published more than `retentionHours` ago; unpublished rows are never touched. */
export class PruneOutbox {
  static readonly job = 'outbox-pruning';

  constructor(private readonly deps: { readonly outboxStore: Pick<OutboxStore, 'prunePublished'>; readonly clock: Clock; readonly retentionHours: number }) {
    if (!(deps.retentionHours >= 0)) throw new RangeError(`retentionHours must be >= 0, got ${deps.retentionHours}`);
  }

  async execute(): Promise<{ readonly pruned: number }> {
    const before = new Date(this.deps.clock.now().getTime() - this.deps.retentionHours * 3_600_000);
    return { pruned: await this.deps.outboxStore.prunePublished(before) };
  }
}
