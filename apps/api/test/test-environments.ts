import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** One way to run the app in tests: the embedded adapters, or the real services when their URLs are set. */
export interface TestEnvironment {
  readonly name: string;
  /** Why it is skipped, when it is. */
  readonly skip?: string;
  /** Environment variables for parseConfig, and a cleanup for what was created. */
  create(): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }>;
}

const base = { LOS_MODE: 'embedded', BCRYPT_COST: '4', LOG_LEVEL: 'silent', RELAY_INTERVAL_MS: '20', BUS_BASE_DELAY_MS: '50', LOS_SEED_DEMO: 'true' };

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'los-test-'));
}

const embedded: TestEnvironment = {
  name: 'embedded (PGlite, in-process bus, memory cache, sandbox)',
  async create() {
    const dir = tempDir();
    return { env: { ...base, LOS_DATA_DIR: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

const databaseUrl = process.env['TEST_DATABASE_URL'];
const amqpUrl = process.env['TEST_AMQP_URL'];
const redisUrl = process.env['TEST_REDIS_URL'];
const missing = [!databaseUrl && 'TEST_DATABASE_URL', !amqpUrl && 'TEST_AMQP_URL', !redisUrl && 'TEST_REDIS_URL'].filter(Boolean);

const services: TestEnvironment = {
  name: 'services (PostgreSQL, RabbitMQ, Redis)',
  ...(missing.length > 0 ? { skip: `${missing.join(', ')} not set` } : {}),
  async create() {
    const dir = tempDir();
    // A database of its own per run, dropped afterwards: runs never see each other's rows.
    const name = `los_e2e_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(databaseUrl!);
    url.pathname = `/${name}`;
    return {
      env: { ...base, LOS_NAMESPACE: `t${randomBytes(4).toString('hex')}`, LOS_DATA_DIR: dir, DATABASE_URL: url.toString(), AMQP_URL: amqpUrl!, REDIS_URL: redisUrl!, DATABASE_POOL_SIZE: '5' },
      async cleanup() {
        rmSync(dir, { recursive: true, force: true });
        const c = new pg.Client({ connectionString: databaseUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  },
};

export const testEnvironments: readonly TestEnvironment[] = [embedded, services];
