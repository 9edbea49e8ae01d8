import type { JobSchedule } from './job-schedule.js';

/** What a job reports it did, e.g. `{ pruned: 120 }`. */
export type JobCounts = Readonly<Record<string, number>>;

/** A job the worker's leader runs on a schedule; `run` gets the instant the run started. */
export interface ScheduledJob {
  readonly name: string;
  readonly schedule: JobSchedule;
  run(now: Date): Promise<JobCounts>;
}

/** One part of a run that failed: the brand (and the loan, when the part is one loan) and the error. */
export interface JobFailure {
  readonly brandId: string;
  readonly loanId?: string;
  readonly error: string;
}

/** How many failures a run's error message names; all of them stay on the error. */
const NAMED_FAILURES = 5;

/**
 * Thrown at the end of a run in which some parts (brands, loans) failed while the others were done and
 * committed: the scheduler records the run failed, with these counts, and the message names the failures.
 */
export class JobIncompleteError extends Error {
  override readonly name: string = 'JobIncompleteError';
  constructor(
    what: string,
    readonly counts: JobCounts,
    readonly failures: readonly JobFailure[],
    options?: { cause: unknown },
  ) {
    const named = failures.slice(0, NAMED_FAILURES).map((f) => `brand ${f.brandId}${f.loanId ? ` loan ${f.loanId}` : ''}: ${f.error}`);
    const more = failures.length > NAMED_FAILURES ? `; and ${failures.length - NAMED_FAILURES} more` : '';
    super(`${what}: ${failures.length} failed (${named.join('; ')}${more})`, options);
  }
}

/** The message of whatever a part of a run threw, for its `JobFailure`. */
export function failureMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
