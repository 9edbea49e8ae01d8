import type { EventMessage, Outbox } from '@los/application';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';
import { insertStatement } from './insert-statement.js';

/** Appends events to the `outbox` table, in whatever transaction the Kysely instance belongs to. */
export class PgOutbox implements Outbox {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async append(messages: readonly EventMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const rows = messages.map((m) => ({
      id: m.id,
      type: m.type,
      aggregate_type: m.aggregateType,
      aggregate_id: m.aggregateId,
      brand_id: m.brandId,
      occurred_at: new Date(m.occurredAt),
      payload: JSON.stringify(m.payload),
    }));
    // Every use case that changes state appends here: a statement compiled once keeps it cheap.
    await this.db.executeQuery(insertStatement('outbox', rows));
  }
}
