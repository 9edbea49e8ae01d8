/**
 * Decides which worker runs the scheduled jobs: at most one at a time holds leadership, and when the
 * holder dies (its process or its connection) another candidate takes over on its next attempt.
 */
export interface LeaderElection {
  /**
   * Becomes leader when nobody is, or confirms that this candidate still is. Cheap enough to call on
   * every scheduler tick. Rejects only when it cannot tell (the database is unreachable); the caller
   * then treats itself as not leading.
   */
  tryAcquire(): Promise<boolean>;
  /** What the last `tryAcquire` found; false before the first. */
  isLeader(): boolean;
  /** Gives leadership up (and releases its connection) so another candidate can take it at once. */
  release(): Promise<void>;
}
