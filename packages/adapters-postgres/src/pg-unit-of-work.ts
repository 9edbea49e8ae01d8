import type { Repositories, UnitOfWork } from '@los/application';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';
import { createPgRepositories } from './create-pg-repositories.js';

/**
 * Runs work in one database transaction with repositories bound to it. On PGlite, work must use only the
 * repositories it is handed: a query on the plain database would wait for this transaction forever.
 */
export class PgUnitOfWork implements UnitOfWork {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  run<T>(work: (repositories: Repositories) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(createPgRepositories(trx)));
  }
}
