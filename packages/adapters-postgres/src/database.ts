import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseSchema } from './database-schema.js';
import { PgliteDialect } from './pglite-dialect.js';
import { pgliteParsers, pgTypes } from './type-parsers.js';

const HEALTH_TIMEOUT_MS = 2_000;

/** Which engine to open: PGlite (embedded; a folder, or memory when `dataDir` is absent) or PostgreSQL. */
export type DatabaseOptions =
  | { readonly kind: 'pglite'; readonly dataDir?: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number };

/** An open database: the Kysely instance every repository runs on, and its lifecycle. */
export interface Database {
  readonly db: Kysely<DatabaseSchema>;
  readonly kind: DatabaseOptions['kind'];
  close(): Promise<void>;
  healthy(): Promise<boolean>;
}

/** Opens PGlite or a PostgreSQL pool behind the same Kysely API. */
export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  const db =
    options.kind === 'pglite'
      ? new Kysely<DatabaseSchema>({ dialect: new PgliteDialect({ pglite: await PGlite.create({ parsers: pgliteParsers, ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }) }) }) })
      : new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool: createPool(options.url, options.poolSize ?? 10) }) });
  return databaseOf(db, options.kind);
}

function createPool(url: string, size: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: size, types: pgTypes });
  // An idle client whose connection drops (server restart, failover, terminated backend) is discarded by
  // the pool and the next query connects afresh; without a listener the event would crash the process.
  pool.on('error', () => undefined);
  // A checked-out client (inside a transaction) whose connection drops emits 'error' on the client itself;
  // the query in flight still rejects and the pool discards the client, so the listener only keeps the
  // process alive through a database outage.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/** Wraps an existing Kysely instance (for example one over a PGlite clone) as a {@link Database}. */
export function databaseOf(db: Kysely<DatabaseSchema>, kind: DatabaseOptions['kind']): Database {
  let closed = false;
  return {
    db,
    kind,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
    async healthy() {
      if (closed) return false;
      // A probe that cannot answer quickly (server gone, PGlite busy in a long transaction) is unhealthy.
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS);
      });
      const probe = sql`select 1`.execute(db).then(
        () => true,
        () => false,
      );
      try {
        return await Promise.race([probe, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
