import type { EventMessage, OutboxStore } from '@los/application';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { DatabaseSchema, OutboxTable } from './database-schema.js';

/** Rows deleted per pruning statement. */
const PRUNE_BATCH = 5000;

const messageFromRow = (row: Selectable<OutboxTable>): EventMessage => ({
  id: row.id,
  type: row.type,
  aggregateType: row.aggregate_type,
  aggregateId: row.aggregate_id,
  brandId: row.brand_id,
  occurredAt: row.occurred_at.toISOString(),
  payload: row.payload,
});

/**
 * Drops claimed rows that would overtake an older unpublished message of the same aggregate held by
 * another relay (SKIP LOCKED passed over it), so each aggregate's events are published in order.
 */
async function inAggregateOrder(trx: Kysely<DatabaseSchema>, rows: readonly Selectable<OutboxTable>[]): Promise<Selectable<OutboxTable>[]> {
  if (rows.length === 0) return [];
  const claimed = rows.map((r) => r.seq);
  const older = await trx
    .selectFrom('outbox')
    .select(['aggregate_type', 'aggregate_id', (eb) => eb.fn.min<string>('seq').as('first')])
    .where('published_at', 'is', null)
    .where('seq', 'not in', claimed)
    .where('aggregate_id', 'in', [...new Set(rows.map((r) => r.aggregate_id))])
    .groupBy(['aggregate_type', 'aggregate_id'])
    .execute();
  if (older.length === 0) return [...rows];
  const firstElsewhere = new Map(older.map((o) => [`${o.aggregate_type}|${o.aggregate_id}`, BigInt(o.first)]));
  return rows.filter((r) => {
    const first = firstElsewhere.get(`${r.aggregate_type}|${r.aggregate_id}`);
    return first === undefined || BigInt(r.seq) < first;
  });
}

/**
 * The relay's view of the `outbox` table. `publishPending` holds its claimed rows locked (FOR UPDATE
 * SKIP LOCKED) in one transaction while `publish` runs, so concurrent relays never take the same
 * message, and it leaves a message alone while an older one of its aggregate is with another relay.
 * `publish` must not wait on this database: on PGlite the transaction holds the only connection.
 */
export class PgOutboxStore implements OutboxStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async publishPending(limit: number, publish: (messages: readonly EventMessage[]) => Promise<void>): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('outbox')
        .selectAll()
        .where('published_at', 'is', null)
        .orderBy('seq')
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .execute();
      const ready = await inAggregateOrder(trx, rows);
      if (ready.length === 0) return 0;
      // A rejection propagates, the transaction rolls back and the rows are offered again next time.
      await publish(ready.map(messageFromRow));
      await trx
        .updateTable('outbox')
        .set({ published_at: sql<Date>`now()` })
        .where(
          'seq',
          'in',
          ready.map((r) => r.seq),
        )
        .execute();
      return ready.length;
    });
  }

  /** Deletes in batches, each its own short statement, so pruning a large backlog never holds long locks. */
  async prunePublished(before: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await this.db
        .deleteFrom('outbox')
        .where('seq', 'in', (eb) => eb.selectFrom('outbox').select('seq').where('published_at', 'is not', null).where('published_at', '<', before).orderBy('seq').limit(PRUNE_BATCH))
        .executeTakeFirst();
      const count = Number(deleted.numDeletedRows);
      total += count;
      if (count < PRUNE_BATCH) return total;
    }
  }

  async backlog(now: Date): Promise<{ readonly pending: number; readonly oldestAgeMs: number }> {
    const row = await this.db
      .selectFrom('outbox')
      .select((eb) => [eb.fn.countAll<string>().as('pending'), eb.fn.min('occurred_at').as('oldest')])
      .where('published_at', 'is', null)
      .executeTakeFirstOrThrow();
    const oldest = row.oldest === null ? null : new Date(row.oldest);
    return { pending: Number(row.pending), oldestAgeMs: oldest ? Math.max(0, now.getTime() - oldest.getTime()) : 0 };
  }
}
