import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

/**
 * The audit log: one row per state change (actor, brand, entity, action, before/after, request id), written
 * in the transaction of the change. Like the ledger (0004), the database refuses UPDATE, DELETE and TRUNCATE,
 * so no code path, script or console can rewrite what happened.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      create table audit_log (
        seq bigserial not null unique,
        id uuid primary key,
        brand_id uuid not null,
        entity_type text not null check (length(entity_type) between 1 and 40),
        entity_id text not null,
        action text not null check (length(action) between 1 and 400),
        actor_id text,
        before jsonb,
        after jsonb not null,
        request_id text,
        at timestamptz not null
      );
      create index audit_log_brand_idx on audit_log (brand_id, seq);
      create index audit_log_entity_idx on audit_log (brand_id, entity_id, seq);
      -- One line: runStatements splits the script at a semicolon that ends a line.
      create function audit_log_refuse_change() returns trigger language plpgsql as $$
        begin raise exception 'the audit log is append-only: % on % is refused', tg_op, tg_table_name using errcode = '55000'; end
      $$;
      create trigger audit_log_append_only before update or delete on audit_log for each row execute function audit_log_refuse_change();
      create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function audit_log_refuse_change();
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table audit_log`.execute(db);
  await sql`drop function audit_log_refuse_change()`.execute(db);
}
