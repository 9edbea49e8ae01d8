import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BaseContainer, createLogger, parseConfig } from '@los/composition';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { buildWorkerContainer } from '../src/container.js';
import { messagingIds, workerIds } from '../src/service-ids.js';
import { DATABASE_URL, namespace, throwawayDatabase } from './services.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!DATABASE_URL)(`scheduler leadership across workers on PostgreSQL${DATABASE_URL ? '' : ' (skipped: TEST_DATABASE_URL not set)'}`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function worker(databaseUrl: string, ns: string): Promise<BaseContainer> {
    const dir = mkdtempSync(join(tmpdir(), 'los-failover-'));
    const parsed = parseConfig({ LOG_LEVEL: 'silent', BCRYPT_COST: '4', LOS_DATA_DIR: dir, DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: '2', LOS_NAMESPACE: ns, REMINDER_INTERVAL_MS: '1000', PRUNE_INTERVAL_MS: '1000', JOB_TICK_MS: '600000' });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const built = await buildWorkerContainer(parsed.config, createLogger({ level: 'silent', name: 'failover' }));
    cleanups.push(async () => {
      await built.dispose();
      rmSync(dir, { recursive: true, force: true });
    });
    return built;
  }

  it('lets one worker run the jobs, and another take over when the leader dies', async () => {
    const database = await throwawayDatabase();
    cleanups.push(() => database.drop());
    const ns = namespace();
    const a = await worker(database.url, ns);
    const b = await worker(database.url, ns);
    const [schedulerA, schedulerB] = [a.container.get(workerIds.JobScheduler), b.container.get(workerIds.JobScheduler)];

    const first = await schedulerA.tickOnce();
    expect(first.leader).toBe(true);
    expect(first.runs.map((r) => r.job)).toEqual(expect.arrayContaining(['reminder-dispatch', 'outbox-pruning']));
    expect(await schedulerB.tickOnce()).toEqual({ leader: false, runs: [] });

    // The leader's process dies: the server ends its session, and with it the advisory lock.
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      const killed = await admin.query(`select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())`);
      expect(killed.rowCount).toBe(1);
    } finally {
      await admin.end();
    }
    await sleep(1100);
    const takeover = await schedulerB.tickOnce();
    expect(takeover.leader).toBe(true);
    expect(takeover.runs.map((r) => r.job)).toEqual(expect.arrayContaining(['reminder-dispatch', 'outbox-pruning']));
    expect(takeover.runs.every((r) => r.outcome === 'succeeded')).toBe(true);

    // The old leader comes back as a follower, and the record shows both runs of each job.
    expect((await schedulerA.tickOnce()).leader).toBe(false);
    const runs = await b.container.get(messagingIds.JobRunStore).list({ job: 'reminder-dispatch', limit: 10 });
    expect(runs.map((r) => r.id)).toEqual([takeover.runs.find((r) => r.job === 'reminder-dispatch')!.id, first.runs.find((r) => r.job === 'reminder-dispatch')!.id]);
  });
});
