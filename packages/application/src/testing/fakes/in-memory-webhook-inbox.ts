import type { EventMessage } from '../../ports/event-message.js';
import type { StoredWebhook, WebhookInbox, WebhookReceipt } from '../../ports/webhook-inbox.js';

/**
 * The webhook inbox in memory, with the outbox it appends to. Recording is synchronous between awaits, so
 * two concurrent deliveries of one event cannot both be recorded.
 */
export class InMemoryWebhookInbox implements WebhookInbox {
  private readonly received = new Map<string, StoredWebhook>();
  /** The events appended with recorded deliveries, oldest first. */
  readonly outbox: EventMessage[] = [];

  async record(receipt: WebhookReceipt, events: readonly EventMessage[]): Promise<'recorded' | 'duplicate'> {
    const key = `${receipt.provider}\u0000${receipt.eventId}`;
    if (this.received.has(key)) return 'duplicate';
    this.received.set(key, { ...receipt, processedAt: receipt.receivedAt });
    this.outbox.push(...events.map((e) => ({ ...e })));
    return 'recorded';
  }

  async find(provider: string, eventId: string): Promise<StoredWebhook | null> {
    return this.received.get(`${provider}\u0000${eventId}`) ?? null;
  }
}
