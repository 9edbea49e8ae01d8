import { describeRefreshTokenStoreContract } from '@los/application/testing';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { PgRefreshTokenStore } from '../src/index.js';
import { SharedPglite, freshPostgres, skipReason } from './test-databases.js';

const pglite = new SharedPglite();
afterAll(() => pglite.close());

describeRefreshTokenStoreContract({
  name: 'PGlite',
  skip: skipReason('pglite'),
  create: async () => {
    const database = await pglite.fresh();
    await sql`delete from refresh_tokens`.execute(database.db);
    return { store: new PgRefreshTokenStore(database.db), close: () => database.close() };
  },
});

// A pool of several connections: the racing rotations of the contract run on separate sessions at once.
describeRefreshTokenStoreContract({
  name: 'PostgreSQL',
  skip: skipReason('postgres'),
  create: async () => {
    const database = await freshPostgres();
    return { store: new PgRefreshTokenStore(database.db), close: () => database.close() };
  },
});

describe.skipIf(skipReason('pglite'))('migration 0015-refresh-tokens', () => {
  const insert = (values: { hash?: string; kind?: string; brand?: string | null; usedAt?: string | null; replacedBy?: string | null }) => sql`
    insert into refresh_tokens (id, family_id, token_hash, subject_kind, subject_id, brand_id, issued_at, expires_at, used_at, replaced_by)
    values (gen_random_uuid(), gen_random_uuid(), ${values.hash ?? 'a'.repeat(64)}, ${values.kind ?? 'staff'}, gen_random_uuid(), ${values.brand ?? null}::uuid,
            now(), now() + interval '1 day', ${values.usedAt ?? null}::timestamptz, ${values.replacedBy ?? null}::uuid)`;

  it('refuses a customer token without a brand, a used token without its successor, and a bare secret as a hash', async () => {
    const database = await pglite.fresh();
    await sql`delete from refresh_tokens`.execute(database.db);
    await expect(insert({ kind: 'customer' }).execute(database.db)).rejects.toThrow();
    await expect(insert({ usedAt: '2026-03-01T09:00:00Z' }).execute(database.db)).rejects.toThrow();
    await expect(insert({ hash: 'A'.repeat(43) }).execute(database.db)).rejects.toThrow();
    await insert({}).execute(database.db);
    await expect(insert({}).execute(database.db)).rejects.toThrow();
    expect((await sql<{ n: number }>`select count(*)::int as n from refresh_tokens`.execute(database.db)).rows[0]?.n).toBe(1);
  });
});
