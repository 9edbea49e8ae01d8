import type { Clock } from '../../ports/clock.js';
import type { EventMessage } from '../../ports/event-message.js';
import type { OutboxStore } from '../../ports/outbox.js';
import type { InMemoryTables } from './in-memory-tables.js';

const systemClock: Clock = { now: () => new Date() };
const aggregateOf = (m: EventMessage) => `${m.aggregateType}|${m.aggregateId}`;

/**
 * The relay's side of the in-memory outbox. Claimed messages are held aside while `publish` runs, so
 * concurrent relays never take the same one nor overtake an aggregate's older message; they are marked
 * published (at the clock's time) only when `publish` resolves.
 */
export class InMemoryOutboxStore implements OutboxStore {
  private readonly claimed = new Set<number>();

  constructor(
    private readonly tables: InMemoryTables,
    private readonly clock: Clock = systemClock,
  ) {}

  async publishPending(limit: number, publish: (messages: readonly EventMessage[]) => Promise<void>): Promise<number> {
    const pending = this.tables.outbox.filter((r) => r.publishedAt === null).sort((a, b) => a.seq - b.seq);
    // An aggregate whose oldest pending message is with another relay waits, so its events stay in order.
    const busy = new Set(pending.filter((r) => this.claimed.has(r.seq)).map((r) => aggregateOf(r.message)));
    const rows = pending.filter((r) => !this.claimed.has(r.seq) && !busy.has(aggregateOf(r.message))).slice(0, limit);
    if (rows.length === 0) return 0;
    for (const row of rows) this.claimed.add(row.seq);
    try {
      await publish(rows.map((r) => r.message));
      const at = this.clock.now();
      for (const row of rows) row.publishedAt = at;
      return rows.length;
    } finally {
      for (const row of rows) this.claimed.delete(row.seq);
    }
  }

  async prunePublished(before: Date): Promise<number> {
    const keep = this.tables.outbox.filter((r) => r.publishedAt === null || r.publishedAt.getTime() >= before.getTime());
    const pruned = this.tables.outbox.length - keep.length;
    this.tables.outbox = keep;
    return pruned;
  }

  async backlog(now: Date): Promise<{ readonly pending: number; readonly oldestAgeMs: number }> {
    const pending = this.tables.outbox.filter((r) => r.publishedAt === null);
    if (pending.length === 0) return { pending: 0, oldestAgeMs: 0 };
    const oldest = Math.min(...pending.map((r) => new Date(r.message.occurredAt).getTime()));
    return { pending: pending.length, oldestAgeMs: Math.max(0, now.getTime() - oldest) };
  }
}
