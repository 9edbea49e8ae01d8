import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

/**
 * Collections: each collection executive's profile on a brand (rating, the pincodes or cities they visit,
 * how many overdue loans they may hold) and, on the loan, the executive working it while it is overdue.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      create table collection_profiles (
        brand_id uuid not null references brands (id),
        user_id uuid not null references staff_users (id) on delete cascade,
        rating numeric(3, 1) not null check (rating >= 0 and rating <= 5),
        locations text[] not null default '{}',
        capacity int check (capacity is null or capacity >= 0),
        updated_at timestamptz not null,
        primary key (brand_id, user_id)
      );
      alter table loans
        add column collector_id text,
        add column collector_assigned_at timestamptz;
      create index loans_overdue_collector_idx on loans (brand_id, collector_id) where status = 'OVERDUE';
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      drop index loans_overdue_collector_idx;
      alter table loans drop column collector_id, drop column collector_assigned_at;
      drop table collection_profiles;
    `,
  );
}
