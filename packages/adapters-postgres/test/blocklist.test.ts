import { describeBlocklistContract } from '@los/application/testing';
import { afterAll } from 'vitest';
import { type Database, PgBlocklist } from '../src/index.js';
import { SharedPglite, freshPostgres, skipReason } from './test-databases.js';

const pglite = new SharedPglite();
afterAll(() => pglite.close());

const brandIds = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2'] as const;

// Entries reference their brand, so the two brands the contract uses exist first.
async function withBrands(database: Database) {
  for (const [i, id] of brandIds.entries()) await database.db.insertInto('brands').values({ id, code: `bl${i}`, name: `Brand ${i}`, created_at: new Date() }).execute();
  return { blocklist: new PgBlocklist(database.db), brandIds, close: () => database.close() };
}

describeBlocklistContract({ name: 'PGlite', skip: skipReason('pglite'), create: async () => withBrands(await pglite.fresh()) });
describeBlocklistContract({ name: 'PostgreSQL', skip: skipReason('postgres'), create: async () => withBrands(await freshPostgres()) });
