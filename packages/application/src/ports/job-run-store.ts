/** How a job run ended; `running` while it has not. */
export type JobRunOutcome = 'running' | 'succeeded' | 'failed';

/** One run of a scheduled job: when, by whom, how it ended and what it counted. */
export interface JobRun {
  readonly id: string;
  readonly job: string;
  /** The worker that ran it (host and process id), to tell leaders apart after a failover. */
  readonly runner: string;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly outcome: JobRunOutcome;
  /** What the job reports it did, e.g. `{ pruned: 120 }`. Whole numbers only. */
  readonly counts: Readonly<Record<string, number>>;
  readonly error: string | null;
}

/** Which runs to list: newest first, optionally of one job and started before an instant (for paging). */
export interface JobRunQuery {
  readonly job?: string;
  readonly before?: Date;
  readonly limit: number;
}

/** The record of scheduled job runs, kept so operators can see what ran and so a new leader knows what is due. */
export interface JobRunStore {
  /** Records a run as started (outcome `running`). */
  start(run: { readonly id: string; readonly job: string; readonly runner: string; readonly startedAt: Date }): Promise<void>;
  /** Records how a started run ended; false when no run has that id. */
  finish(
    id: string,
    end: { readonly finishedAt: Date; readonly outcome: 'succeeded' | 'failed'; readonly counts: Readonly<Record<string, number>>; readonly error?: string },
  ): Promise<boolean>;
  list(query: JobRunQuery): Promise<JobRun[]>;
  /** When the latest run of `job` started, by any runner; null when it never ran. */
  lastStartedAt(job: string): Promise<Date | null>;
}
