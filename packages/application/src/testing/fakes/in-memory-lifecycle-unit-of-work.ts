import type { LifecycleRepositories, LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import { InMemoryCustomerKycRepository } from './in-memory-customer-kyc-repository.js';
import { InMemoryKycTables } from './in-memory-kyc-tables.js';
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

  /** Customers' KYC records and brands' KYC settings. */
  readonly kycTables = new InMemoryKycTables();

  async run<T>(work: (repositories: LifecycleRepositories) => Promise<T>): Promise<T> {
    let working: InMemoryLifecycleTables | undefined;
    let kyc: InMemoryKycTables | undefined;
    const result = await this.unitOfWork.run(async (repos) => {
      working = this.tables.copy();
      kyc = this.kycTables.copy();
      return work({ ...repos, lifecycle: new InMemoryLoanLifecycleRepository(working), ledger: new InMemoryLedgerRepository(working.entries), servicing: new InMemoryLoanServicingRepository(working), kyc: new InMemoryCustomerKycRepository(kyc) });
    });
    if (working) this.tables.replaceWith(working);
    if (kyc) this.kycTables.replaceWith(kyc);
    return result;
  }
}
