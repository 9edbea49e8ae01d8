import { describeCollectionsContract } from '@los/application/testing';
import { afterAll } from 'vitest';
import { type Database, PgLifecycleUnitOfWork, PgOutboxStore, PgUnitOfWork, createPgRepositories } from '../src/index.js';
import { SharedPglite, freshPostgres, skipReason } from './test-databases.js';

function fixtureOf(database: Database) {
  return { repositories: createPgRepositories(database.db), unitOfWork: new PgUnitOfWork(database.db), lifecycleUnitOfWork: new PgLifecycleUnitOfWork(database.db), outboxStore: new PgOutboxStore(database.db), close: () => database.close() };
}

const pglite = new SharedPglite();
afterAll(() => pglite.close());

const pgliteSkip = skipReason('pglite');
describeCollectionsContract({ name: 'PGlite (in memory)', create: async () => fixtureOf(await pglite.fresh()), ...(pgliteSkip ? { skip: pgliteSkip } : {}) });

const postgresSkip = skipReason('postgres');
describeCollectionsContract({ name: 'PostgreSQL', create: async () => fixtureOf(await freshPostgres()), ...(postgresSkip ? { skip: postgresSkip } : {}) });
