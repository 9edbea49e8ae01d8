import type { EventPublisher } from '../../ports/event-bus.js';
import type { OutboxStore } from '../../ports/outbox.js';

/**
 * Moves committed events from the outbox to the bus. A batch is marked published only after the bus has
 * confirmed it; on failure the same events are offered again on the next run (at-least-once).
 */
export class RelayOutbox {
  constructor(private readonly deps: { readonly outboxStore: OutboxStore; readonly publisher: EventPublisher }) {}

  /** Publishes up to `batchSize` events; returns how many went out. */
  async execute(input: { readonly batchSize: number }): Promise<number> {
    return this.deps.outboxStore.publishPending(input.batchSize, (messages) => this.deps.publisher.publish(messages));
  }
}
