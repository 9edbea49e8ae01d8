import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { JobRun, JobRunStore } from '../../ports/job-run-store.js';

/** A super admin reads the scheduled jobs' run records, newest first. */
export class ListJobRuns {
  constructor(private readonly deps: { readonly jobRuns: Pick<JobRunStore, 'list'> }) {}

  async execute(input: { readonly actor: Actor; readonly job?: string; readonly before?: Date; readonly limit: number }): Promise<Result<JobRun[], { readonly code: 'FORBIDDEN' }>> {
    if (input.actor.kind !== 'staff' || !input.actor.superAdmin) return err({ code: 'FORBIDDEN' });
    const limit = Math.min(Math.max(1, Math.trunc(input.limit)), 500);
    return ok(await this.deps.jobRuns.list({ limit, ...(input.job === undefined ? {} : { job: input.job }), ...(input.before === undefined ? {} : { before: input.before }) }));
  }
}
