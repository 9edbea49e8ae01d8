import type { EventMessage } from './event-message.js';

/** The transaction-scoped side of the outbox: events are appended in the same transaction as the change. */
export interface Outbox {
  append(messages: readonly EventMessage[]): Promise<void>;
}

/** The relay's side of the outbox. */
export interface OutboxStore {
  /**
   * Claims up to `limit` unpublished messages (oldest first, in order per aggregate, rows locked so that
   * concurrent relays never take the same one), hands them to `publish`, and marks them published only if
   * `publish` resolves. If it rejects, nothing is marked and the messages are offered again later.
   * @returns how many messages were published.
   */
  publishPending(limit: number, publish: (messages: readonly EventMessage[]) => Promise<void>): Promise<number>;
  /** Deletes messages published before `before`; returns how many. */
  prunePublished(before: Date): Promise<number>;
  /** How many messages wait to be published, and the age in ms of the oldest (0 when none). */
  backlog(now: Date): Promise<{ readonly pending: number; readonly oldestAgeMs: number }>;
}

/** Records which consumer has processed which event, in the same transaction as the handler's effects. */
export interface ProcessedMessages {
  /** Returns true the first time a (consumer, eventId) pair is seen, false on every later call. */
  markProcessed(consumer: string, eventId: string, at: Date): Promise<boolean>;
}
