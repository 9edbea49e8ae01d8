import type { ProcessedMessages } from '../../ports/outbox.js';
import type { InMemoryTables } from './in-memory-tables.js';

/** The processed-message ledger in memory. */
export class InMemoryProcessedMessages implements ProcessedMessages {
  constructor(private readonly tables: InMemoryTables) {}

  async markProcessed(consumer: string, eventId: string, at: Date): Promise<boolean> {
    const key = JSON.stringify([consumer, eventId]);
    if (this.tables.processed.has(key)) return false;
    this.tables.processed.set(key, at);
    return true;
  }
}
