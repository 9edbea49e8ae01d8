import type { JobSchedule } from './job-schedule.js';

/** What a job reports it did, e.g. `{ pruned: 120 }`. */
export type JobCounts = Readonly<Record<string, number>>;

/** A job the worker's leader runs on a schedule; `run` gets the instant the run started. */
export interface ScheduledJob {
  readonly name: string;
  readonly schedule: JobSchedule;
  run(now: Date): Promise<JobCounts>;
}
