import { ConcurrencyConflictError } from '../../ports/loan-repository.js';
import type { Repositories, UnitOfWork } from '../../ports/unit-of-work.js';
import { InMemoryRepositories } from './in-memory-repositories.js';
import { type InMemoryTables, MAP_NAMES } from './in-memory-tables.js';
import { Mutex } from './mutex.js';

/**
 * Transactions over in-memory tables. One runs at a time (like PGlite's single connection); each works on
 * a copy and, when the work resolves, commits the rows it replaced and its outbox appends at once. A throw
 * leaves the tables untouched.
 */
export class InMemoryUnitOfWork implements UnitOfWork {
  private readonly mutex = new Mutex();

  constructor(private readonly tables: InMemoryTables) {}

  async run<T>(work: (repositories: Repositories) => Promise<T>): Promise<T> {
    const release = await this.mutex.acquire();
    try {
      const start = this.tables.copy();
      const working = this.tables.copy();
      const result = await work(new InMemoryRepositories(working));
      this.commit(start, working);
      return result;
    } finally {
      release();
    }
  }

  private commit(start: InMemoryTables, working: InMemoryTables): void {
    // A loan written both here and outside this transaction since it began is a lost update: refuse it.
    for (const [id, snapshot] of working.loans) {
      const before = start.loans.get(id);
      if (snapshot !== before && this.tables.loans.get(id) !== before) {
        throw new ConcurrencyConflictError('Loan', id, before?.version ?? 0);
      }
    }
    for (const name of MAP_NAMES) {
      const live = this.tables[name] as Map<string, unknown>;
      const before = start[name] as Map<string, unknown>;
      for (const [key, value] of working[name] as Map<string, unknown>) {
        if (before.get(key) !== value) live.set(key, value);
      }
    }
    this.tables.appendOutbox(working.appended);
  }
}
