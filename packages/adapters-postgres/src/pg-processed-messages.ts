import type { ProcessedMessages } from '@los/application';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';

/** The processed-message ledger that makes consumers idempotent. */
export class PgProcessedMessages implements ProcessedMessages {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async markProcessed(consumer: string, eventId: string, at: Date): Promise<boolean> {
    const inserted = await this.db
      .insertInto('processed_messages')
      .values({ consumer, event_id: eventId, processed_at: at })
      .onConflict((oc) => oc.columns(['consumer', 'event_id']).doNothing())
      .executeTakeFirst();
    return inserted.numInsertedOrUpdatedRows === 1n;
  }
}
