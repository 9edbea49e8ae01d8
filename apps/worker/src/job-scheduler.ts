import type { LeaderElection, Metrics, RunDueJobs, SchedulerTick } from '@los/application';
import type { Logger } from '@los/composition';

/** What the scheduler loop needs. */
export interface JobSchedulerDeps {
  readonly runDueJobs: RunDueJobs;
  readonly leader: LeaderElection;
  readonly logger: Logger;
  readonly tickMs: number;
  readonly metrics?: Metrics;
}

/**
 * The worker's scheduler loop: every `tickMs` it tries to lead and, when leading, runs the due jobs.
 * Every worker runs the loop; the advisory lock lets one of them act. A worker that loses its database
 * connection loses leadership with it, and another takes over on its next tick.
 */
export class JobScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;
  private wasLeader = false;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: JobSchedulerDeps) {}

  start(): void {
    this.schedule(0);
  }

  /** One tick now (the loop and tests use it); ticks of one worker never overlap; never rejects. */
  tickOnce(): Promise<SchedulerTick> {
    const tick = this.turn.then(() => this.tick());
    this.turn = tick.catch(() => undefined);
    return tick;
  }

  private async tick(): Promise<SchedulerTick> {
    const { runDueJobs, logger, metrics } = this.deps;
    let tick: SchedulerTick;
    try {
      tick = await runDueJobs.execute();
    } catch (error) {
      // Recording a run needs the database; when it is gone the jobs wait for the next tick.
      logger.warn({ err: error }, 'scheduler tick failed');
      tick = { leader: this.deps.leader.isLeader(), runs: [] };
    }
    if (tick.leader !== this.wasLeader) logger.info({ leader: tick.leader }, tick.leader ? 'became scheduler leader' : 'no longer scheduler leader');
    this.wasLeader = tick.leader;
    metrics?.set('los_scheduler_leader', tick.leader ? 1 : 0);
    for (const run of tick.runs) {
      metrics?.increment('los_job_runs_total', { job: run.job, outcome: run.outcome });
      const log = { job: run.job, outcome: run.outcome, counts: run.counts, ms: (run.finishedAt?.getTime() ?? 0) - run.startedAt.getTime(), ...(run.error ? { error: run.error } : {}) };
      if (run.outcome === 'failed') logger.warn(log, 'job failed');
      else logger.info(log, 'job ran');
    }
    return tick;
  }

  /** Stops the loop, waits for a tick in flight, and gives leadership up so another worker takes it at once. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.deps.leader.release().catch(() => undefined);
    this.deps.metrics?.set('los_scheduler_leader', 0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tickOnce().finally(() => {
        this.running = undefined;
        this.schedule(this.deps.tickMs);
      });
    }, delayMs);
  }
}
