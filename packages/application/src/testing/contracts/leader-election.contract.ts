import { afterEach, describe, expect, it } from 'vitest';
import type { LeaderElection } from '../../ports/leader-election.js';

/** Candidates competing for one leadership (one lock key, one database). */
export interface LeaderElectionFixture {
  candidate(): LeaderElection;
  /** Kills a candidate as a crashed process would: its hold ends without `release`. */
  kill(candidate: LeaderElection): Promise<void>;
  close(): Promise<void>;
}

/** How a LeaderElection implementation joins the contract run; every skip carries its reason. */
export interface LeaderElectionContractOptions {
  readonly name: string;
  readonly create: () => Promise<LeaderElectionFixture>;
  readonly skip?: string | undefined;
  /** Set (to the reason) when the implementation serves one process only, so there is no one to compete with. */
  readonly singleCandidate?: string;
}

/**
 * The behaviour every LeaderElection shares: a lone candidate leads and keeps leading; of several, exactly
 * one leads at a time; releasing or dying hands leadership to another.
 */
export function describeLeaderElectionContract(options: LeaderElectionContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`LeaderElection contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const fixtures: LeaderElectionFixture[] = [];
    async function fixture(): Promise<LeaderElectionFixture> {
      const created = await options.create();
      fixtures.push(created);
      return created;
    }
    afterEach(async () => {
      for (const f of fixtures.splice(0)) await f.close();
    });

    it('makes a lone candidate leader, and keeps it leader on every later attempt', async () => {
      const one = (await fixture()).candidate();
      expect(one.isLeader()).toBe(false);
      expect(await one.tryAcquire()).toBe(true);
      expect(await one.tryAcquire()).toBe(true);
      expect(one.isLeader()).toBe(true);
    });

    it('lets a released candidate lead again', async () => {
      const one = (await fixture()).candidate();
      await one.tryAcquire();
      await one.release();
      expect(one.isLeader()).toBe(false);
      expect(await one.tryAcquire()).toBe(true);
    });

    const multi = options.singleCandidate ? it.skip : it;
    const why = options.singleCandidate ? ` (skipped: ${options.singleCandidate})` : '';

    multi(`lets exactly one of several candidates lead, however they race${why}`, async () => {
      const f = await fixture();
      const candidates = Array.from({ length: 4 }, () => f.candidate());
      const first = await Promise.all(candidates.map((c) => c.tryAcquire()));
      expect(first.filter(Boolean)).toHaveLength(1);
      const second = await Promise.all(candidates.map((c) => c.tryAcquire()));
      expect(second).toEqual(first);
      expect(candidates.filter((c) => c.isLeader())).toHaveLength(1);
    });

    multi(`hands leadership over when the leader releases it${why}`, async () => {
      const f = await fixture();
      const [a, b] = [f.candidate(), f.candidate()];
      expect(await a.tryAcquire()).toBe(true);
      expect(await b.tryAcquire()).toBe(false);
      await a.release();
      expect(await b.tryAcquire()).toBe(true);
      expect(await a.tryAcquire()).toBe(false);
    });

    multi(`hands leadership over when the leader dies without releasing${why}`, async () => {
      const f = await fixture();
      const [a, b] = [f.candidate(), f.candidate()];
      expect(await a.tryAcquire()).toBe(true);
      expect(await b.tryAcquire()).toBe(false);
      await f.kill(a);
      await expect.poll(() => b.tryAcquire(), { timeout: 5000, interval: 50 }).toBe(true);
      expect(await a.tryAcquire().catch(() => false)).toBe(false);
    });
  });
}
