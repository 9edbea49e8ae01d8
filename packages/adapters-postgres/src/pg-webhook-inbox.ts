import type { EventMessage, StoredWebhook, WebhookInbox, WebhookReceipt } from '@los/application';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';
import { PgOutbox } from './pg-outbox.js';

/**
 * The webhook inbox in `webhook_inbox`: the (provider, event id) primary key makes a redelivery, even a
 * concurrent one, a no-op, and the delivery's outbox events are written in the same transaction.
 */
export class PgWebhookInbox implements WebhookInbox {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  record(receipt: WebhookReceipt, events: readonly EventMessage[]): Promise<'recorded' | 'duplicate'> {
    return this.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('webhook_inbox')
        .values({
          provider: receipt.provider,
          event_id: receipt.eventId,
          provider_event: receipt.providerEvent,
          body_sha256: receipt.bodySha256,
          received_at: receipt.receivedAt,
          processed_at: receipt.receivedAt,
        })
        .onConflict((oc) => oc.columns(['provider', 'event_id']).doNothing())
        .executeTakeFirst();
      if (inserted.numInsertedOrUpdatedRows !== 1n) return 'duplicate';
      await new PgOutbox(trx).append(events);
      return 'recorded';
    });
  }

  async find(provider: string, eventId: string): Promise<StoredWebhook | null> {
    const row = await this.db.selectFrom('webhook_inbox').selectAll().where('provider', '=', provider).where('event_id', '=', eventId).executeTakeFirst();
    if (!row) return null;
    return {
      provider: row.provider,
      eventId: row.event_id,
      providerEvent: row.provider_event,
      bodySha256: row.body_sha256,
      receivedAt: row.received_at,
      processedAt: row.processed_at,
    };
  }
}
