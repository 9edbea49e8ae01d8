import type { LeaderElection } from '../../ports/leader-election.js';

/**
 * One lock that in-memory candidates compete for, standing in for the database's advisory lock.
 * `kill` drops a holder as a dead process or connection would.
 */
export class InMemoryLeaderLock {
  holder: InMemoryLeaderElection | null = null;
  /** While set, every candidate's `tryAcquire` rejects, as it does when the database is unreachable. */
  unreachable = false;

  candidate(): InMemoryLeaderElection {
    return new InMemoryLeaderElection(this);
  }

  kill(candidate: InMemoryLeaderElection): void {
    if (this.holder === candidate) this.holder = null;
  }
}

/** A candidate for leadership over an {@link InMemoryLeaderLock}. */
export class InMemoryLeaderElection implements LeaderElection {
  private leading = false;

  constructor(private readonly lock: InMemoryLeaderLock = new InMemoryLeaderLock()) {}

  async tryAcquire(): Promise<boolean> {
    if (this.lock.unreachable) {
      this.leading = false;
      throw new Error('leader lock unreachable');
    }
    this.lock.holder ??= this;
    this.leading = this.lock.holder === this;
    return this.leading;
  }

  isLeader(): boolean {
    return this.leading && this.lock.holder === this;
  }

  async release(): Promise<void> {
    this.lock.kill(this);
    this.leading = false;
  }
}
