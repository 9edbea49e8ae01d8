import { describeJobRunStoreContract, describeLeaderElectionContract } from '@los/application/testing';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { PgJobRunStore, PgLeaderElection, PgOutboxStore, migrateToLatest } from '../src/index.js';
import { SharedPglite, TEST_DATABASE_URL, freshPostgres, skipReason } from './test-databases.js';

const pglite = new SharedPglite();
afterAll(() => pglite.close());

describeJobRunStoreContract({
  name: 'PGlite',
  skip: skipReason('pglite'),
  create: async () => {
    const database = await pglite.fresh();
    await sql`delete from job_runs`.execute(database.db);
    return { store: new PgJobRunStore(database.db), close: () => database.close() };
  },
});

describeJobRunStoreContract({
  name: 'PostgreSQL',
  skip: skipReason('postgres'),
  create: async () => {
    const database = await freshPostgres();
    return { store: new PgJobRunStore(database.db), close: () => database.close() };
  },
});

describeLeaderElectionContract({
  name: 'PGlite (one process, always leader)',
  skip: skipReason('pglite'),
  singleCandidate: 'PGlite serves a single process, which always leads',
  create: async () => ({ candidate: () => new PgLeaderElection({ kind: 'pglite' }), kill: async () => undefined, close: async () => undefined }),
});

describeLeaderElectionContract({
  name: 'PostgreSQL advisory lock',
  skip: skipReason('postgres'),
  create: async () => {
    const database = await freshPostgres();
    const url = new URL(TEST_DATABASE_URL ?? '');
    const name = (await sql<{ name: string }>`select current_database() as name`.execute(database.db)).rows[0]!.name;
    url.pathname = `/${name}`;
    const candidates: PgLeaderElection[] = [];
    return {
      candidate: () => {
        const candidate = new PgLeaderElection({ kind: 'postgres', url: url.toString(), lockName: 'los.scheduler', timeoutMs: 2000 });
        candidates.push(candidate);
        return candidate;
      },
      // A crashed worker's session ends on the server: terminate it there, as the server would.
      kill: async (candidate) => {
        const pid = (candidate as PgLeaderElection).backendPid;
        await sql`select pg_terminate_backend(${pid})`.execute(database.db);
      },
      close: async () => {
        for (const c of candidates) await c.release();
        await database.close();
      },
    };
  },
});

describe.skipIf(skipReason('postgres'))('PgLeaderElection on PostgreSQL', () => {
  it('holds the lock only in its own database, under its own name', async () => {
    const database = await freshPostgres();
    try {
      const url = new URL(TEST_DATABASE_URL ?? '');
      url.pathname = `/${(await sql<{ name: string }>`select current_database() as name`.execute(database.db)).rows[0]!.name}`;
      const scheduler = new PgLeaderElection({ kind: 'postgres', url: url.toString(), lockName: 'los.scheduler' });
      const other = new PgLeaderElection({ kind: 'postgres', url: url.toString(), lockName: 'other.scheduler' });
      const elsewhere = new PgLeaderElection({ kind: 'postgres', url: TEST_DATABASE_URL ?? '', lockName: 'los.scheduler' });
      try {
        expect([await scheduler.tryAcquire(), await other.tryAcquire(), await elsewhere.tryAcquire()]).toEqual([true, true, true]);
        const held = await sql<{ n: string }>`select count(*) as n from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())`.execute(database.db);
        expect(Number(held.rows[0]!.n)).toBe(2);
      } finally {
        for (const c of [scheduler, other, elsewhere]) await c.release();
      }
    } finally {
      await database.close();
    }
  });

  it('rejects, and does not lead, while the database cannot be reached', async () => {
    const unreachable = new PgLeaderElection({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:1/none', lockName: 'x', timeoutMs: 500 });
    await expect(unreachable.tryAcquire()).rejects.toThrow();
    expect(unreachable.isLeader()).toBe(false);
  });
});

describe.skipIf(skipReason('pglite'))('migration 0003-jobs', () => {
  it('refuses a finished run without an end time, and a running one with one', async () => {
    const database = await pglite.fresh();
    await migrateToLatest(database.db);
    await expect(sql`insert into job_runs (id, job, runner, started_at, outcome) values (gen_random_uuid(), 'x', 'r', now(), 'succeeded')`.execute(database.db)).rejects.toThrow();
    await expect(sql`insert into job_runs (id, job, runner, started_at, finished_at, outcome) values (gen_random_uuid(), 'x', 'r', now(), now(), 'running')`.execute(database.db)).rejects.toThrow();
  });
});


for (const engine of ['pglite', 'postgres'] as const) {
  describe.skipIf(skipReason(engine))(`outbox pruning on ${engine}`, () => {
    it('prunes a backlog larger than one batch, and keeps unpublished and recent rows', async () => {
      const database = engine === 'pglite' ? await pglite.fresh() : await freshPostgres();
      try {
        await sql`insert into outbox (id, type, aggregate_type, aggregate_id, brand_id, occurred_at, payload, published_at)
          select gen_random_uuid(), 'loan.applied', 'loan', 'loan-' || n, 'brand-1', now(), '{}'::jsonb,
                 case when n <= 5003 then now() - interval '4 days' when n <= 5005 then now() else null end
          from generate_series(1, 5008) as n`.execute(database.db);
        const store = new PgOutboxStore(database.db);
        expect(await store.prunePublished(new Date(Date.now() - 3 * 86_400_000))).toBe(5003);
        const left = await sql<{ published: string; pending: string }>`select count(published_at) as published, count(*) - count(published_at) as pending from outbox`.execute(database.db);
        expect(left.rows[0]).toEqual({ published: '2', pending: '3' });
      } finally {
        await database.close();
      }
    });
  });
}
