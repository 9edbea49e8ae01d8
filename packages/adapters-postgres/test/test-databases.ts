import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { type Database, PgLifecycleUnitOfWork, createDatabase, migrateToLatest } from '../src/index.js';

/** The PostgreSQL server tests may use, when one is configured. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

/** `ADAPTERS=pglite,postgres` narrows a run; unset runs every engine available. */
export function skipReason(engine: 'pglite' | 'postgres'): string | undefined {
  const wanted = process.env.ADAPTERS?.split(',').map((s) => s.trim());
  if (wanted && !wanted.includes(engine)) return `ADAPTERS=${process.env.ADAPTERS} leaves out ${engine}`;
  if (engine === 'postgres' && !TEST_DATABASE_URL) return 'TEST_DATABASE_URL is not set';
  return undefined;
}

const TABLES = ['brand_providers', 'bank_statement_lines', 'bank_statements', 'customer_kyc', 'brand_kyc_settings', 'blocklist_entries', 'decisions', 'loan_applicants', 'rule_sets', 'allocation_cursors', 'staff_unavailability', 'collection_profiles', 'brand_closed_dates', 'processed_messages', 'outbox', 'loan_timeline', 'loans', 'customers', 'staff_roles', 'staff_users', 'loan_products', 'brands'];

/**
 * One migrated in-memory PGlite per test file, emptied before each use. Tests in a file run one after
 * another, so emptying gives each its own store without paying PGlite's start-up every time.
 */
export class SharedPglite {
  private database: Promise<Database> | undefined;

  /** The emptied database; its `close` leaves the shared instance open. */
  async fresh(): Promise<Database> {
    this.database ??= createDatabase({ kind: 'pglite' }).then(async (d) => {
      await migrateToLatest(d.db);
      return d;
    });
    const database = await this.database;
    // DELETE beats TRUNCATE on tables this small (no file rewrites in PGlite's in-memory file system).
    for (const table of TABLES) await sql`delete from ${sql.table(table)}`.execute(database.db);
    // The audit log refuses deletes by trigger (it is append-only); only this test reset lifts that, for a moment.
    await sql`alter table audit_log disable trigger user`.execute(database.db);
    await sql`delete from audit_log`.execute(database.db);
    await sql`alter table audit_log enable trigger user`.execute(database.db);
    return { ...database, close: async () => undefined };
  }

  async close(): Promise<void> {
    await (await this.database)?.close();
  }
}

/** A fresh, migrated PostgreSQL database of its own, dropped when closed. */
export async function freshPostgres(url = TEST_DATABASE_URL): Promise<Database> {
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const name = `los_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = await createDatabase({ kind: 'postgres', url, poolSize: 1 });
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await createDatabase({ kind: 'postgres', url: target.toString(), poolSize: 4 });
  await migrateToLatest(database.db);
  let dropped = false;
  return {
    ...database,
    async close() {
      if (dropped) return;
      dropped = true;
      await database.close();
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
      await admin.close();
    },
  };
}

/** A lifecycle unit of work over an empty migrated database of the engine's own, closed with it. */
export async function freshLifecycleStore(engine: 'pglite' | 'postgres'): Promise<{ unitOfWork: PgLifecycleUnitOfWork; close: () => Promise<void> }> {
  const database = engine === 'pglite' ? await createDatabase({ kind: 'pglite' }) : await freshPostgres();
  if (engine === 'pglite') await migrateToLatest(database.db);
  return { unitOfWork: new PgLifecycleUnitOfWork(database.db), close: () => database.close() };
}
