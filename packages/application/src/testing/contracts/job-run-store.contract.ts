import { afterEach, describe, expect, it } from 'vitest';
import type { JobRunStore } from '../../ports/job-run-store.js';

/** How a JobRunStore implementation joins the contract run: `create` gives an empty store. */
export interface JobRunStoreContractOptions {
  readonly name: string;
  readonly create: () => Promise<{ readonly store: JobRunStore; close(): Promise<void> }>;
  readonly skip?: string | undefined;
}

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute, 0));
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The behaviour every JobRunStore shares: runs recorded from start to end, listed newest first, and the last start of a job. */
export function describeJobRunStoreContract(options: JobRunStoreContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`JobRunStore contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const closers: (() => Promise<void>)[] = [];
    async function store(): Promise<JobRunStore> {
      const created = await options.create();
      closers.push(() => created.close());
      return created.store;
    }
    afterEach(async () => {
      for (const close of closers.splice(0)) await close();
    });

    it('records a run as running, then its end, outcome and counts', async () => {
      const s = await store();
      await s.start({ id: id(1), job: 'outbox-pruning', runner: 'host-a:1', startedAt: at(0) });
      expect(await s.list({ limit: 10 })).toEqual([{ id: id(1), job: 'outbox-pruning', runner: 'host-a:1', startedAt: at(0), finishedAt: null, outcome: 'running', counts: {}, error: null }]);
      expect(await s.finish(id(1), { finishedAt: at(1), outcome: 'succeeded', counts: { pruned: 42 } })).toBe(true);
      const [run] = await s.list({ limit: 10 });
      expect(run).toEqual({ id: id(1), job: 'outbox-pruning', runner: 'host-a:1', startedAt: at(0), finishedAt: at(1), outcome: 'succeeded', counts: { pruned: 42 }, error: null });
    });

    it('keeps the error of a failed run, and answers false for an unknown run', async () => {
      const s = await store();
      await s.start({ id: id(2), job: 'day-end-close', runner: 'host-a:1', startedAt: at(0) });
      await s.finish(id(2), { finishedAt: at(2), outcome: 'failed', counts: {}, error: 'Error: database went away' });
      expect((await s.list({ limit: 1 }))[0]).toMatchObject({ outcome: 'failed', error: 'Error: database went away' });
      expect(await s.finish(id(99), { finishedAt: at(3), outcome: 'succeeded', counts: {} })).toBe(false);
    });

    it('lists newest first, by job, before an instant and up to a limit', async () => {
      const s = await store();
      const jobs = ['reminder-dispatch', 'outbox-pruning', 'reminder-dispatch', 'reminder-dispatch', 'outbox-pruning'];
      for (const [i, job] of jobs.entries()) await s.start({ id: id(10 + i), job, runner: 'host-a:1', startedAt: at(i) });
      expect((await s.list({ limit: 10 })).map((r) => r.id)).toEqual([14, 13, 12, 11, 10].map(id));
      expect((await s.list({ job: 'reminder-dispatch', limit: 2 })).map((r) => r.id)).toEqual([id(13), id(12)]);
      expect((await s.list({ job: 'reminder-dispatch', before: at(3), limit: 10 })).map((r) => r.id)).toEqual([id(12), id(10)]);
    });

    it('tells when a job last started, whichever runner started it', async () => {
      const s = await store();
      expect(await s.lastStartedAt('day-end-close')).toBeNull();
      await s.start({ id: id(20), job: 'day-end-close', runner: 'host-a:1', startedAt: at(5) });
      await s.start({ id: id(21), job: 'day-end-close', runner: 'host-b:7', startedAt: at(9) });
      await s.start({ id: id(22), job: 'outbox-pruning', runner: 'host-b:7', startedAt: at(30) });
      expect(await s.lastStartedAt('day-end-close')).toEqual(at(9));
    });
  });
}
