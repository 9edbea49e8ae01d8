import type { LifecycleRepositories, LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import { InMemoryLifecycleTables } from './in-memory-lifecycle-tables.js';
import { InMemoryLedgerRepository } from './in-memory-ledger-repository.js';
import { InMemoryLoanLifecycleRepository } from './in-memory-loan-lifecycle-repository.js';
import { InMemoryLoanServicingRepository } from './in-memory-loan-servicing-repository.js';

/**
 * Transactions over the in-memory tables and the lifecycle records together: the lifecycle copy is swapped
 * in only when the underlying transaction committed, so a conflict or a throw leaves both untouched.
 */
export class InMemoryLifecycleUnitOfWork implements LifecycleUnitOfWork {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    readonly tables: InMemoryLifecycleTables = new InMemoryLifecycleTables(),
  ) {}

  async run<T>(work: (repositories: LifecycleRepositories) => Promise<T>): Promise<T> {
    let working: InMemoryLifecycleTables | undefined;
    const result = await this.unitOfWork.run(async (repos) => {
      working = this.tables.copy();
      return work({ ...repos, lifecycle: new InMemoryLoanLifecycleRepository(working), ledger: new InMemoryLedgerRepository(working.entries), servicing: new InMemoryLoanServicingRepository(working) });
    });
    if (working) this.tables.replaceWith(working);
    return result;
  }
}
