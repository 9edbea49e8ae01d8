import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

/**
 * Each brand's fraud blocklist: one row per listed identifier (PAN, Aadhaar reference key, phone or pincode),
 * normalised, with why and by whom; a value is listed at most once per brand and kind.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      create table blocklist_entries (
        id uuid primary key,
        brand_id uuid not null references brands (id),
        kind text not null check (kind in ('PAN', 'AADHAAR_REF', 'PHONE', 'PINCODE')),
        value text not null check (length(value) between 1 and 72),
        reason text not null check (length(reason) between 1 and 500),
        added_by text not null,
        added_at timestamptz not null,
        unique (brand_id, kind, value)
      );
      create index blocklist_entries_newest_first on blocklist_entries (brand_id, added_at desc, id);
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table blocklist_entries`.execute(db);
}
