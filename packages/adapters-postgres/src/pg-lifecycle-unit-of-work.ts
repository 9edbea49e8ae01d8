import type { LifecycleRepositories, LifecycleUnitOfWork } from '@los/application';
import type { Kysely } from 'kysely';
import { createPgRepositories } from './create-pg-repositories.js';
import { PgCustomerKycRepository } from './pg-customer-kyc-repository.js';
import type { DatabaseSchema } from './database-schema.js';
import { PgLedgerRepository } from './pg-ledger-repository.js';
import { PgLoanLifecycleRepository } from './pg-loan-lifecycle-repository.js';
import { PgLoanServicingRepository } from './pg-loan-servicing-repository.js';

/** One database transaction over every repository and the lifecycle records, committed together. */
export class PgLifecycleUnitOfWork implements LifecycleUnitOfWork {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  run<T>(work: (repositories: LifecycleRepositories) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work({ ...createPgRepositories(trx), lifecycle: new PgLoanLifecycleRepository(trx), ledger: new PgLedgerRepository(trx), servicing: new PgLoanServicingRepository(trx), kyc: new PgCustomerKycRepository(trx) }));
  }
}
