import type { EventMessage } from './event-message.js';

/** One recorded delivery. */
export interface WebhookReceipt {
  readonly provider: string;
  readonly eventId: string;
  readonly providerEvent: string;
  /** Hex SHA-256 of the raw body (the body itself may carry personal data). */
  readonly bodySha256: string;
  readonly receivedAt: Date;
}

/** A stored delivery, with when its events were written. */
export interface StoredWebhook extends WebhookReceipt {
  readonly processedAt: Date | null;
}

/**
 * The inbox that makes provider callbacks idempotent: a (provider, event id) is recorded once, and the
 * events it leads to are appended to the outbox in the same transaction.
 */
export interface WebhookInbox {
  /**
   * Records the delivery and appends `events` to the outbox atomically. A delivery already recorded
   * answers 'duplicate' and writes nothing, even when two arrive at once.
   */
  record(receipt: WebhookReceipt, events: readonly EventMessage[]): Promise<'recorded' | 'duplicate'>;
  find(provider: string, eventId: string): Promise<StoredWebhook | null>;
}
