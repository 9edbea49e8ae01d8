import type { EventMessage, Outbox } from '@los/application';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';

/** Appends events to the `outbox` table, in whatever transaction the Kysely instance belongs to. */
export class PgOutbox implements Outbox {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async append(messages: readonly EventMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.db
      .insertInto('outbox')
      .values(
        messages.map((m) => ({
          id: m.id,
          type: m.type,
          aggregate_type: m.aggregateType,
          aggregate_id: m.aggregateId,
          brand_id: m.brandId,
          occurred_at: new Date(m.occurredAt),
          payload: JSON.stringify(m.payload),
        })),
      )
      .execute();
  }
}
