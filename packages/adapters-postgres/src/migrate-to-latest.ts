import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as initial from './migrations/0001-initial.js';
import * as decisioning from './migrations/0002-decisioning.js';
import * as ledgerWebhooks from './migrations/0004-ledger-webhooks.js';
import * as jobs from './migrations/0003-jobs.js';
import * as brandCalendar from './migrations/0006-brand-calendar.js';
import * as lifecycle from './migrations/0005-lifecycle.js';
import * as servicing from './migrations/0007-servicing.js';
import * as customerKyc from './migrations/0008-customer-kyc.js';
import * as blocklist from './migrations/0009-blocklist.js';
import * as reminders from './migrations/0010-reminders.js';
import * as collections from './migrations/0011-collections.js';
import * as auditLog from './migrations/0012-audit-log.js';
import * as bankStatements from './migrations/0013-bank-statements.js';
import * as aadhaarReferences from './migrations/0014-aadhaar-references.js';
import * as refreshTokens from './migrations/0015-refresh-tokens.js';
import * as brandProviders from './migrations/0016-brand-providers.js';

/** Every migration, in order. Names sort in the order they must run. */
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-decisioning': decisioning,
  '0003-jobs': jobs,
  '0004-ledger-webhooks': ledgerWebhooks,
  '0005-lifecycle': lifecycle,
  '0006-brand-calendar': brandCalendar,
  '0007-servicing': servicing,
  '0008-customer-kyc': customerKyc,
  '0009-blocklist': blocklist,
  '0010-reminders': reminders,
  '0011-collections': collections,
  '0012-audit-log': auditLog,
  '0013-bank-statements': bankStatements,
  '0014-aadhaar-references': aadhaarReferences,
  '0015-refresh-tokens': refreshTokens,
  '0016-brand-providers': brandProviders,
};

class InCodeMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return { ...MIGRATIONS };
  }
}

/** Thrown when a migration fails; `cause` carries the database error. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(
    readonly migration: string | null,
    options: { cause: unknown },
  ) {
    super(`database migration ${migration ?? '(setup)'} failed: ${options.cause instanceof Error ? options.cause.message : String(options.cause)}`, options);
  }
}

/** Brings the schema to the newest migration; returns the names applied by this call (empty when current). */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<{ applied: string[] }> {
  // Migrations are written by several teams at once and touch disjoint tables, so one registered after a
  // later-numbered one has run is applied rather than refused.
  const migrator = new Migrator({ db, provider: new InCodeMigrationProvider(), allowUnorderedMigrations: true });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error');
    throw new MigrationError(failed?.migrationName ?? null, { cause: error });
  }
  return { applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
