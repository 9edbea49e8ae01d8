import { describeBankStatementStoreContract } from '@los/application/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, PgBankStatementStore } from '../src/index.js';
import { SharedPglite, freshPostgres, skipReason } from './test-databases.js';

const pglite = new SharedPglite();
afterAll(() => pglite.close());

const brands = ['00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000b2'] as const;
const customers = [
  { brandId: brands[0], customerId: '00000000-0000-4000-8000-0000000000c1' },
  { brandId: brands[0], customerId: '00000000-0000-4000-8000-0000000000c2' },
  { brandId: brands[1], customerId: '00000000-0000-4000-8000-0000000000c3' },
] as const;

// Submissions reference their customer within the brand, so the brands and customers exist first.
async function withCustomers(database: Database) {
  const createdAt = new Date();
  for (const [i, id] of brands.entries()) await database.db.insertInto('brands').values({ id, code: `bs${i}`, name: `Brand ${i}`, created_at: createdAt }).execute();
  for (const [i, c] of customers.entries()) await database.db.insertInto('customers').values({ id: c.customerId, brand_id: c.brandId, phone: `+91980000000${i}`, created_at: createdAt }).execute();
  return { store: new PgBankStatementStore(database.db), customers, close: () => database.close() };
}

describeBankStatementStoreContract({ name: 'PGlite', skip: skipReason('pglite'), create: async () => withCustomers(await pglite.fresh()) });
describeBankStatementStoreContract({ name: 'PostgreSQL', skip: skipReason('postgres'), create: async () => withCustomers(await freshPostgres()) });

describe.skipIf(skipReason('pglite') !== undefined)('bank_statement_lines (PGlite)', () => {
  it("refuses a line filed under another brand than its statement's", async () => {
    const database = await pglite.fresh();
    const { store } = await withCustomers(database);
    const [owner] = customers;
    const id = '00000000-0000-4000-8000-0000000000d1';
    await store.record({ id, ...owner, provider: 'p', providerReference: 'r', fileSha256: 'f', status: 'PENDING', submittedAt: new Date(), settledAt: null, failureReason: null, analysis: null });
    const line = { statement_id: id, line_no: 0, value_date: '2026-05-01', direction: 'CREDIT', amount: '1.00', balance_after: '1.00', narration: 'x', category: 'OTHER' };
    await expect(database.db.insertInto('bank_statement_lines').values({ ...line, brand_id: brands[1] }).execute()).rejects.toThrow(/foreign key/);
    await database.db.insertInto('bank_statement_lines').values({ ...line, brand_id: brands[0] }).execute();
  });
});
