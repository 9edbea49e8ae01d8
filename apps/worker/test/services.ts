import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The shared services of this machine or CI; tests that need them are skipped with this reason when absent. */
export const DATABASE_URL = process.env['TEST_DATABASE_URL'];
export const AMQP_URL = process.env['TEST_AMQP_URL'];

export function servicesSkipReason(): string | undefined {
  const missing = [!DATABASE_URL && 'TEST_DATABASE_URL', !AMQP_URL && 'TEST_AMQP_URL'].filter(Boolean);
  return missing.length > 0 ? `${missing.join(', ')} not set` : undefined;
}

/** A database of its own on the shared server, dropped by `drop`. */
export async function throwawayDatabase(): Promise<{ readonly url: string; drop(): Promise<void> }> {
  const name = `los_proof_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(DATABASE_URL!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A namespace for exchanges and queues no other run shares. */
export const namespace = () => `proof${randomBytes(4).toString('hex')}`;
