import type { JobRun, JobRunQuery, JobRunStore } from '../../ports/job-run-store.js';

/** Job run records in memory. */
export class InMemoryJobRunStore implements JobRunStore {
  private readonly runs = new Map<string, JobRun>();

  async start(run: { readonly id: string; readonly job: string; readonly runner: string; readonly startedAt: Date }): Promise<void> {
    if (this.runs.has(run.id)) throw new Error(`job run ${run.id} already recorded`);
    this.runs.set(run.id, { ...run, finishedAt: null, outcome: 'running', counts: {}, error: null });
  }

  async finish(
    id: string,
    end: { readonly finishedAt: Date; readonly outcome: 'succeeded' | 'failed'; readonly counts: Readonly<Record<string, number>>; readonly error?: string },
  ): Promise<boolean> {
    const run = this.runs.get(id);
    if (!run) return false;
    this.runs.set(id, { ...run, finishedAt: end.finishedAt, outcome: end.outcome, counts: { ...end.counts }, error: end.error ?? null });
    return true;
  }

  async list(query: JobRunQuery): Promise<JobRun[]> {
    return [...this.runs.values()]
      .filter((r) => (query.job === undefined || r.job === query.job) && (query.before === undefined || r.startedAt < query.before))
      .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime() || b.id.localeCompare(a.id))
      .slice(0, query.limit);
  }

  async lastStartedAt(job: string): Promise<Date | null> {
    const [latest] = await this.list({ job, limit: 1 });
    return latest?.startedAt ?? null;
  }
}
