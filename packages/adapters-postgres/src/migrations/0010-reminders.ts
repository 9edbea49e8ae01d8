import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

/**
 * The repayment reminders sent to borrowers: one row per (loan, due date, kind), written as CLAIMED before
 * the send and marked SENT once the provider accepted it, or FAILED for a later attempt.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      create table reminders_sent (
        brand_id uuid not null,
        loan_id uuid not null,
        due_date date not null,
        kind text not null check (length(kind) between 1 and 40),
        channel text not null,
        recipient text not null,
        template text not null,
        variables jsonb not null,
        state text not null check (state in ('CLAIMED', 'SENT', 'FAILED')),
        attempts integer not null check (attempts >= 1),
        claimed_at timestamptz not null,
        sent_at timestamptz,
        provider_message_id text,
        last_error text,
        unique (loan_id, due_date, kind)
      );
      create index reminders_sent_unsent on reminders_sent (claimed_at) where state <> 'SENT';
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table reminders_sent`.execute(db);
}
