import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

/** The run records of scheduled jobs (reminder dispatch, day-end close, outbox pruning). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, sql`
    create table job_runs (
      id uuid primary key,
      job text not null,
      runner text not null,
      started_at timestamptz not null,
      finished_at timestamptz,
      outcome text not null check (outcome in ('running', 'succeeded', 'failed')),
      counts jsonb not null default '{}',
      error text,
      check ((outcome = 'running') = (finished_at is null))
    );
    create index job_runs_job_started_idx on job_runs (job, started_at desc);
    create index job_runs_started_idx on job_runs (started_at desc);
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, sql`
    drop table job_runs;
  `);
}
