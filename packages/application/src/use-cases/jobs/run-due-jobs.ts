import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { JobRun, JobRunStore } from '../../ports/job-run-store.js';
import type { LeaderElection } from '../../ports/leader-election.js';
import { isJobDue } from './job-schedule.js';
import { JobIncompleteError, type ScheduledJob } from './scheduled-job.js';

/** What one scheduler tick did: whether this worker leads, and the runs it made. */
export interface SchedulerTick {
  readonly leader: boolean;
  readonly runs: readonly JobRun[];
}

interface RunDueJobsDeps {
  readonly leader: LeaderElection;
  readonly jobRuns: JobRunStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly jobs: readonly ScheduledJob[];
  /** Names this worker in the run records (host and pid). */
  readonly runner: string;
}

/**
 * One scheduler tick: when this worker is (or becomes) the leader, runs each job that is due, one after
 * another, recording its start, end, outcome and counts. Due-ness reads the recorded runs, so a worker
 * that takes over after a leader died neither repeats a run that happened nor skips one that is due.
 * A failing job is recorded as failed and does not stop the others; one that ends with `JobIncompleteError`
 * (some brands or loans failed, the rest done) is recorded failed with the counts of what it did.
 */
export class RunDueJobs {
  constructor(private readonly deps: RunDueJobsDeps) {
    const names = deps.jobs.map((j) => j.name);
    if (new Set(names).size !== names.length) throw new RangeError(`job names must be unique: ${names.join(', ')}`);
  }

  async execute(): Promise<SchedulerTick> {
    const { leader, jobRuns, clock, jobs } = this.deps;
    let leading: boolean;
    try {
      leading = await leader.tryAcquire();
    } catch {
      leading = false;
    }
    if (!leading) return { leader: false, runs: [] };
    const runs: JobRun[] = [];
    for (const job of jobs) {
      // Leadership can be lost mid-tick (connection dropped): the next leader picks up what is still due.
      if (!leader.isLeader()) break;
      if (!isJobDue(job.schedule, await jobRuns.lastStartedAt(job.name), clock.now())) continue;
      runs.push(await this.runOne(job));
    }
    return { leader: true, runs };
  }

  /** Runs one job now, due or not, and records it. */
  async runOne(job: ScheduledJob): Promise<JobRun> {
    const { jobRuns, clock, ids, runner } = this.deps;
    const id = ids.next();
    const startedAt = clock.now();
    await jobRuns.start({ id, job: job.name, runner, startedAt });
    let end: { outcome: 'succeeded' | 'failed'; counts: Readonly<Record<string, number>>; error?: string };
    try {
      end = { outcome: 'succeeded', counts: await job.run(startedAt) };
    } catch (error) {
      // A run that did part of its work keeps the counts of that part; the error names what failed.
      const counts = error instanceof JobIncompleteError ? error.counts : {};
      end = { outcome: 'failed', counts, error: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 1000) : String(error).slice(0, 1000) };
    }
    const finishedAt = clock.now();
    await jobRuns.finish(id, { finishedAt, ...end });
    return { id, job: job.name, runner, startedAt, finishedAt, outcome: end.outcome, counts: end.counts, error: end.error ?? null };
  }
}
