import { describeProviderRegistryContract } from '@los/application/testing';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, PgProviderRegistry } from '../src/index.js';
import { SharedPglite, freshPostgres, skipReason } from './test-databases.js';

const pglite = new SharedPglite();
afterAll(() => pglite.close());

const brandIds = ['00000000-0000-4000-8000-0000000000d1', '00000000-0000-4000-8000-0000000000d2'] as const;

// Orders reference their brand, so the two brands the contract uses exist first.
async function withBrands(database: Database) {
  for (const [i, id] of brandIds.entries()) await database.db.insertInto('brands').values({ id, code: `pr${i}`, name: `Brand ${i}`, created_at: new Date() }).execute();
  return { registry: new PgProviderRegistry(database.db), brandIds, close: () => database.close() };
}

describeProviderRegistryContract({ name: 'PGlite', skip: skipReason('pglite'), create: async () => withBrands(await pglite.fresh()) });
describeProviderRegistryContract({ name: 'PostgreSQL', skip: skipReason('postgres'), create: async () => withBrands(await freshPostgres()) });

describe.skipIf(skipReason('pglite'))('migration 0016-brand-providers', () => {
  it('refuses an unknown capability, a provider twice in one order, and a brand that does not exist', async () => {
    const database = await pglite.fresh();
    await withBrands(database);
    const insert = (values: { brand?: string; capability?: string; position: number; provider: string }) =>
      sql`insert into brand_providers (brand_id, capability, position, provider, active) values (${values.brand ?? brandIds[0]}::uuid, ${values.capability ?? 'PAYMENT_LINKS'}, ${values.position}, ${values.provider}, true)`.execute(database.db);
    await insert({ position: 0, provider: 'razorpay' });
    await expect(insert({ position: 1, provider: 'razorpay' })).rejects.toThrow();
    await expect(insert({ position: 0, provider: 'cashfree', capability: 'PAYOUTS' })).rejects.toThrow();
    await expect(insert({ position: 0, provider: 'cashfree', brand: '00000000-0000-4000-8000-0000000000ff' })).rejects.toThrow();
    expect((await sql<{ n: number }>`select count(*)::int as n from brand_providers`.execute(database.db)).rows[0]?.n).toBe(1);
  });
});
