import { RunDueJobs, type ScheduledJob, type Subscription } from '@los/application';
import { FixedClock, InMemoryJobRunStore, InMemoryLeaderLock, RecordingMetrics, SequentialIdGenerator } from '@los/application/testing';
import { createLogger } from '@los/composition';
import { describe, expect, it } from 'vitest';
import { instrumentSubscription } from './instrumented-subscription.js';
import { JobScheduler } from './job-scheduler.js';

const logger = createLogger({ level: 'silent', name: 'test' });
const message = { id: 'e-1', type: 'loan.applied', aggregateType: 'loan', aggregateId: 'l-1', brandId: 'b-1', occurredAt: '2026-03-01T00:00:00Z', payload: {} };

describe('instrumentSubscription', () => {
  it('counts handled deliveries, retried failures, and the last failure as a dead letter', async () => {
    const metrics = new RecordingMetrics();
    let failing = true;
    const inner: Subscription = { consumer: 'screening', eventTypes: ['loan.applied'], handle: async () => { if (failing) throw new Error('down'); } };
    const sub = instrumentSubscription(inner, metrics, 3);
    for (const attempt of [1, 2, 3]) await expect(sub.handle(message, { attempt })).rejects.toThrow('down');
    failing = false;
    await sub.handle(message, { attempt: 1 });
    const labels = { consumer: 'screening' };
    expect([metrics.value('los_event_retries_total', labels), metrics.value('los_events_dead_lettered_total', labels), metrics.value('los_events_consumed_total', labels)]).toEqual([2, 1, 1]);
  });
});

describe('JobScheduler', () => {
  function scheduler(jobs: ScheduledJob[], lock = new InMemoryLeaderLock()) {
    const metrics = new RecordingMetrics();
    const jobRuns = new InMemoryJobRunStore();
    const leader = lock.candidate();
    const runDueJobs = new RunDueJobs({ leader, jobRuns, clock: new FixedClock('2026-03-01T09:00:00Z'), ids: new SequentialIdGenerator(), jobs, runner: 'test' });
    return { scheduler: new JobScheduler({ runDueJobs, leader, logger, metrics, tickMs: 60_000 }), metrics, jobRuns, lock };
  }

  it('never overlaps its ticks, so a job due once runs once however often the tick is asked', async () => {
    let runs = 0;
    const slow: ScheduledJob = { name: 'slow', schedule: { kind: 'every', everyMs: 60_000 }, run: async () => { runs += 1; await new Promise((r) => setTimeout(r, 20)); return { runs }; } };
    const { scheduler: s, metrics } = scheduler([slow]);
    await Promise.all([s.tickOnce(), s.tickOnce(), s.tickOnce()]);
    expect(runs).toBe(1);
    expect(metrics.value('los_job_runs_total', { job: 'slow', outcome: 'succeeded' })).toBe(1);
    expect(metrics.value('los_scheduler_leader')).toBe(1);
  });

  it('reports a follower, counts failed runs, and gives leadership up when stopped', async () => {
    const lock = new InMemoryLeaderLock();
    const broken: ScheduledJob = { name: 'broken', schedule: { kind: 'every', everyMs: 60_000 }, run: async () => { throw new Error('no'); } };
    const a = scheduler([broken], lock);
    const b = scheduler([broken], lock);
    await a.scheduler.tickOnce();
    expect(a.metrics.value('los_job_runs_total', { job: 'broken', outcome: 'failed' })).toBe(1);
    expect((await b.scheduler.tickOnce()).leader).toBe(false);
    expect(b.metrics.value('los_scheduler_leader')).toBe(0);
    await a.scheduler.stop();
    expect((await b.scheduler.tickOnce()).leader).toBe(true);
  });
});
