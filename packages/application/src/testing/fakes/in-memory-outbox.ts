import type { EventMessage } from '../../ports/event-message.js';
import type { Outbox } from '../../ports/outbox.js';
import type { InMemoryTables } from './in-memory-tables.js';

/** The transaction-scoped outbox in memory. */
export class InMemoryOutbox implements Outbox {
  constructor(private readonly tables: InMemoryTables) {}

  async append(messages: readonly EventMessage[]): Promise<void> {
    this.tables.appendOutbox(messages.map((m) => ({ ...m })));
  }
}
