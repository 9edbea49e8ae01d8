import type { JobRun, JobRunOutcome, JobRunQuery, JobRunStore } from '@los/application';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, JobRunsTable } from './database-schema.js';

const runFromRow = (row: Selectable<JobRunsTable>): JobRun => ({
  id: row.id,
  job: row.job,
  runner: row.runner,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  outcome: row.outcome as JobRunOutcome,
  counts: row.counts,
  error: row.error,
});

/** The `job_runs` table: one row per scheduled job run, written at its start and updated at its end. */
export class PgJobRunStore implements JobRunStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async start(run: { readonly id: string; readonly job: string; readonly runner: string; readonly startedAt: Date }): Promise<void> {
    await this.db.insertInto('job_runs').values({ id: run.id, job: run.job, runner: run.runner, started_at: run.startedAt, outcome: 'running', counts: '{}' }).execute();
  }

  async finish(
    id: string,
    end: { readonly finishedAt: Date; readonly outcome: 'succeeded' | 'failed'; readonly counts: Readonly<Record<string, number>>; readonly error?: string },
  ): Promise<boolean> {
    const updated = await this.db
      .updateTable('job_runs')
      .set({ finished_at: end.finishedAt, outcome: end.outcome, counts: JSON.stringify(end.counts), error: end.error ?? null })
      .where('id', '=', id)
      .executeTakeFirst();
    return updated.numUpdatedRows === 1n;
  }

  async list(query: JobRunQuery): Promise<JobRun[]> {
    let select = this.db.selectFrom('job_runs').selectAll().orderBy('started_at', 'desc').orderBy('id', 'desc').limit(query.limit);
    if (query.job !== undefined) select = select.where('job', '=', query.job);
    if (query.before !== undefined) select = select.where('started_at', '<', query.before);
    return (await select.execute()).map(runFromRow);
  }

  async lastStartedAt(job: string): Promise<Date | null> {
    const row = await this.db.selectFrom('job_runs').select('started_at').where('job', '=', job).orderBy('started_at', 'desc').limit(1).executeTakeFirst();
    return row?.started_at ?? null;
  }
}
