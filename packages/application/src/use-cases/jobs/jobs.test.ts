import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import { describeJobRunStoreContract } from '../../testing/contracts/job-run-store.contract.js';
import { describeLeaderElectionContract } from '../../testing/contracts/leader-election.contract.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { InMemoryJobRunStore } from '../../testing/fakes/in-memory-job-run-store.js';
import { InMemoryReminderLog } from '../../testing/fakes/in-memory-reminder-log.js';
import { RecordingMessageSender } from '../../testing/fakes/recording-message-sender.js';
import { InMemoryLifecycleUnitOfWork } from '../../testing/fakes/in-memory-lifecycle-unit-of-work.js';
import { InMemoryTables } from '../../testing/fakes/in-memory-tables.js';
import { InMemoryUnitOfWork } from '../../testing/fakes/in-memory-unit-of-work.js';
import { type InMemoryLeaderElection, InMemoryLeaderLock } from '../../testing/fakes/in-memory-leader-election.js';
import { SequentialIdGenerator } from '../../testing/fakes/sequential-id-generator.js';
import { CloseDay } from './close-day.js';
import { DispatchReminders } from './dispatch-reminders.js';
import { assertJobSchedule, isJobDue } from './job-schedule.js';
import { ListJobRuns } from './list-job-runs.js';
import { PruneOutbox } from './prune-outbox.js';
import { PruneSessions } from '../sessions/prune-sessions.js';
import { RunDueJobs } from './run-due-jobs.js';
import type { ScheduledJob } from './scheduled-job.js';
import { standardJobs } from './standard-jobs.js';

describeJobRunStoreContract({ name: 'in-memory', create: async () => ({ store: new InMemoryJobRunStore(), close: async () => undefined }) });
describeLeaderElectionContract({
  name: 'in-memory',
  create: async () => {
    const lock = new InMemoryLeaderLock();
    return { candidate: () => lock.candidate(), kill: async (c) => lock.kill(c as InMemoryLeaderElection), close: async () => undefined };
  },
});

const superAdmin: Actor = { kind: 'staff', userId: 'u-1', superAdmin: true, roles: [] };
const brandAdmin: Actor = { kind: 'staff', userId: 'u-2', superAdmin: false, roles: [{ brandId: 'b-1', role: 'ADMIN' }] };

describe('isJobDue', () => {
  it('runs an interval job first at once, then once the interval has passed since its last start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 10_000_000 }), fc.integer({ min: 0, max: 20_000_000 }), (everyMs, elapsed) => {
        const last = new Date('2026-03-01T00:00:00Z');
        const schedule = { kind: 'every', everyMs } as const;
        expect(isJobDue(schedule, null, last)).toBe(true);
        expect(isJobDue(schedule, last, new Date(last.getTime() + elapsed))).toBe(elapsed >= everyMs);
      }),
    );
  });

  it('runs a daily job once per business day, at or after its wall-clock time in the business time zone', () => {
    const schedule = { kind: 'daily', at: '23:30', timeZone: 'Asia/Kolkata' } as const;
    // 23:30 IST is 18:00 UTC.
    expect(isJobDue(schedule, null, new Date('2026-03-01T17:59:00Z'))).toBe(false);
    expect(isJobDue(schedule, null, new Date('2026-03-01T18:00:00Z'))).toBe(true);
    expect(isJobDue(schedule, new Date('2026-03-01T18:00:05Z'), new Date('2026-03-01T18:30:00Z'))).toBe(false);
    // After midnight IST (18:30 UTC) it is the next business day, but its slot is not until 23:30 that day.
    expect(isJobDue(schedule, new Date('2026-03-01T18:00:05Z'), new Date('2026-03-02T10:00:00Z'))).toBe(false);
    expect(isJobDue(schedule, new Date('2026-03-01T18:00:05Z'), new Date('2026-03-02T18:00:00Z'))).toBe(true);
    // A run earlier that day (before the slot) does not count for the slot.
    expect(isJobDue(schedule, new Date('2026-03-02T12:00:00Z'), new Date('2026-03-02T18:01:00Z'))).toBe(true);
  });

  it('never runs a daily job twice in one business day, whatever the instants', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 86_400_000 * 3 }), fc.integer({ min: 0, max: 86_400_000 }), (h, m, offset, gap) => {
        const at = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        const schedule = { kind: 'daily', at, timeZone: 'Asia/Kolkata' } as const;
        const first = new Date(Date.UTC(2026, 0, 1) + offset);
        if (!isJobDue(schedule, null, first)) return;
        const later = new Date(first.getTime() + gap);
        const sameDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(first) === new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(later);
        if (sameDay) expect(isJobDue(schedule, first, later)).toBe(false);
      }),
    );
  });

  it('refuses schedules that would loop or never run', () => {
    expect(() => assertJobSchedule({ kind: 'every', everyMs: 10 })).toThrow(RangeError);
    expect(() => assertJobSchedule({ kind: 'daily', at: '24:00', timeZone: 'Asia/Kolkata' })).toThrow(RangeError);
    expect(() => assertJobSchedule({ kind: 'daily', at: '23:30', timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

function scheduler(lock: InMemoryLeaderLock, jobRuns: InMemoryJobRunStore, clock: FixedClock, jobs: ScheduledJob[], runner: string) {
  return new RunDueJobs({ leader: lock.candidate(), jobRuns, clock, ids: new SequentialIdGenerator(runner === 'a' ? 1 : 2), jobs, runner });
}

describe('RunDueJobs', () => {
  function counting(name: string, everyMs: number, fail = false) {
    const calls: Date[] = [];
    const job: ScheduledJob = {
      name,
      schedule: { kind: 'every', everyMs },
      run: async (now) => {
        calls.push(now);
        if (fail) throw new Error(`${name} broke`);
        return { handled: calls.length };
      },
    };
    return { job, calls };
  }

  it('runs due jobs only on the leader, and records start, end, outcome and counts', async () => {
    const clock = new FixedClock('2026-03-01T09:00:00Z');
    const lock = new InMemoryLeaderLock();
    const jobRuns = new InMemoryJobRunStore();
    const minute = counting('reminders', 60_000);
    const a = scheduler(lock, jobRuns, clock, [minute.job], 'a');
    const b = scheduler(lock, jobRuns, clock, [minute.job], 'b');
    expect((await a.execute()).runs).toHaveLength(1);
    expect(await b.execute()).toEqual({ leader: false, runs: [] });
    const [run] = await jobRuns.list({ limit: 10 });
    expect(run).toMatchObject({ job: 'reminders', runner: 'a', outcome: 'succeeded', counts: { handled: 1 }, startedAt: clock.now() });
    clock.advance(30_000);
    expect((await a.execute()).runs).toHaveLength(0);
    clock.advance(30_000);
    expect((await a.execute()).runs).toHaveLength(1);
    expect(minute.calls).toHaveLength(2);
  });

  it('lets another worker take over when the leader dies, without repeating a run that happened', async () => {
    const clock = new FixedClock('2026-03-01T09:00:00Z');
    const lock = new InMemoryLeaderLock();
    const jobRuns = new InMemoryJobRunStore();
    const hourly = counting('pruning', 3_600_000);
    const leaderElection = lock.candidate();
    const a = new RunDueJobs({ leader: leaderElection, jobRuns, clock, ids: new SequentialIdGenerator(1), jobs: [hourly.job], runner: 'a' });
    const b = scheduler(lock, jobRuns, clock, [hourly.job], 'b');
    await a.execute();
    lock.kill(leaderElection);
    clock.advance(60_000);
    expect(await b.execute()).toEqual({ leader: true, runs: [] });
    clock.advance(3_600_000);
    expect((await b.execute()).runs.map((r) => r.runner)).toEqual(['b']);
    expect(hourly.calls).toHaveLength(2);
  });

  it('records a failing job as failed with its error and still runs the others', async () => {
    const clock = new FixedClock('2026-03-01T09:00:00Z');
    const jobRuns = new InMemoryJobRunStore();
    const broken = counting('broken', 60_000, true);
    const fine = counting('fine', 60_000);
    const { runs } = await scheduler(new InMemoryLeaderLock(), jobRuns, clock, [broken.job, fine.job], 'a').execute();
    expect(runs.map((r) => [r.job, r.outcome, r.error])).toEqual([
      ['broken', 'failed', 'Error: broken broke'],
      ['fine', 'succeeded', null],
    ]);
    expect((await jobRuns.list({ job: 'broken', limit: 1 }))[0]?.finishedAt).toEqual(clock.now());
  });

  it('treats an unreachable lock as not leading', async () => {
    const lock = new InMemoryLeaderLock();
    lock.unreachable = true;
    const job = counting('x', 60_000);
    expect(await scheduler(lock, new InMemoryJobRunStore(), new FixedClock(), [job.job], 'a').execute()).toEqual({ leader: false, runs: [] });
    expect(job.calls).toHaveLength(0);
  });
});

describe('the standard jobs', () => {
  it('prunes only what was published before the retention window', async () => {
    const clock = new FixedClock('2026-03-04T00:00:00Z');
    const asked: Date[] = [];
    const prune = new PruneOutbox({ outboxStore: { prunePublished: async (before) => (asked.push(before), 7) }, clock, retentionHours: 72 });
    expect(await prune.execute()).toEqual({ pruned: 7 });
    expect(asked).toEqual([new Date('2026-03-01T00:00:00Z')]);
  });

  it('prunes the sign-ins that ended before the retention window, on the outbox pruning cadence', async () => {
    const asked: Date[] = [];
    const pruneSessions = new PruneSessions({ store: { pruneEnded: async (before) => (asked.push(before), 4) }, clock: new FixedClock('2026-03-04T00:00:00Z'), retentionHours: 72 });
    const jobs = standardJobs(
      { dispatchReminders: {} as DispatchReminders, closeDay: {} as CloseDay, pruneOutbox: {} as PruneOutbox, pruneSessions },
      { reminderEveryMs: 60_000, dayEndCloseAt: '23:30', timeZone: 'Asia/Kolkata', pruneEveryMs: 3_600_000 },
    );
    const job = jobs.find((j) => j.name === 'session-pruning');
    expect(job?.schedule).toEqual({ kind: 'every', everyMs: 3_600_000 });
    expect(await job?.run(new Date())).toEqual({ pruned: 4 });
    expect(asked).toEqual([new Date('2026-03-01T00:00:00Z')]);
  });

  it('schedules reminders every minute, the day-end close daily and pruning on its cadence', async () => {
    const emptyBook = new InMemoryLifecycleUnitOfWork(new InMemoryUnitOfWork(new InMemoryTables()));
    const jobs = standardJobs(
      { dispatchReminders: new DispatchReminders({ unitOfWork: emptyBook, reminders: new InMemoryReminderLog(), sender: new RecordingMessageSender(), clock: new FixedClock('2026-03-01T05:00:00Z'), timeZone: 'Asia/Kolkata' }), closeDay: new CloseDay({ unitOfWork: emptyBook, clock: new FixedClock(), ids: new SequentialIdGenerator(), timeZone: 'Asia/Kolkata' }), pruneOutbox: new PruneOutbox({ outboxStore: { prunePublished: async () => 3 }, clock: new FixedClock(), retentionHours: 1 }) },
      { reminderEveryMs: 60_000, dayEndCloseAt: '23:30', timeZone: 'Asia/Kolkata', pruneEveryMs: 3_600_000 },
    );
    expect(jobs.map((j) => [j.name, j.schedule])).toEqual([
      ['reminder-dispatch', { kind: 'every', everyMs: 60_000 }],
      ['day-end-close', { kind: 'daily', at: '23:30', timeZone: 'Asia/Kolkata' }],
      ['outbox-pruning', { kind: 'every', everyMs: 3_600_000 }],
    ]);
    const now = new Date('2026-03-01T18:00:00Z');
    expect(await Promise.all(jobs.map((j) => j.run(now)))).toEqual([{ due: 0, sent: 0, failed: 0, loansFailed: 0 }, { loansClosedFor: 0, interestAccrued: 0, excessApplied: 0, penalCharged: 0, loansMarkedOverdue: 0, loansCured: 0 }, { pruned: 3 }]);
  });

  it('shows job runs to super admins only', async () => {
    const jobRuns = new InMemoryJobRunStore();
    await jobRuns.start({ id: 'r-1', job: 'outbox-pruning', runner: 'a', startedAt: new Date('2026-03-01T00:00:00Z') });
    const list = new ListJobRuns({ jobRuns });
    expect(await list.execute({ actor: brandAdmin, limit: 10 })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    const result = await list.execute({ actor: superAdmin, limit: 10 });
    expect(result.ok && result.value.map((r) => r.id)).toEqual(['r-1']);
  });
});
