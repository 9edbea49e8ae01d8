import type { Clock } from '../../ports/clock.js';
import { InMemoryOutboxStore } from './in-memory-outbox-store.js';
import { InMemoryRepositories } from './in-memory-repositories.js';
import { InMemoryTables } from './in-memory-tables.js';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work.js';

/** An empty in-memory database with every view of it a use case or relay needs. */
export interface InMemoryStore {
  /** Plain (non-transactional) repositories over the live tables. */
  readonly repositories: InMemoryRepositories;
  readonly unitOfWork: InMemoryUnitOfWork;
  readonly outboxStore: InMemoryOutboxStore;
}

/** Creates an empty in-memory store; `clock` stamps `published_at` (system time when absent). */
export function createInMemoryStore(options: { readonly clock?: Clock } = {}): InMemoryStore {
  const tables = new InMemoryTables();
  return {
    repositories: new InMemoryRepositories(tables),
    unitOfWork: new InMemoryUnitOfWork(tables),
    outboxStore: new InMemoryOutboxStore(tables, options.clock),
  };
}
