/** How often and how patiently a consumer's failed deliveries are retried before they become dead letters. */
export interface RetryPolicy {
  /** Deliveries in total, the first one included; at least 1. */
  readonly maxAttempts: number;
  /** Wait after the first failure; each further failure doubles it. */
  readonly baseDelayMs: number;
  /** Upper bound of the wait; unbounded when absent. */
  readonly maxDelayMs?: number | undefined;
}

/** Rejects a policy that would retry forever, never, or at a negative delay. */
export function assertRetryPolicy(policy: RetryPolicy): void {
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be an integer >= 1, got ${policy.maxAttempts}`);
  }
  if (!Number.isInteger(policy.baseDelayMs) || policy.baseDelayMs < 0) {
    throw new RangeError(`baseDelayMs must be an integer >= 0, got ${policy.baseDelayMs}`);
  }
  if (policy.maxDelayMs !== undefined && (!Number.isInteger(policy.maxDelayMs) || policy.maxDelayMs < policy.baseDelayMs)) {
    throw new RangeError(`maxDelayMs must be an integer >= baseDelayMs, got ${policy.maxDelayMs}`);
  }
}

/** Wait before the next delivery after delivery number `failedAttempt` (1-based) failed: base·2^(attempt−1), capped. */
export function retryDelayMs(policy: RetryPolicy, failedAttempt: number): number {
  const uncapped = policy.baseDelayMs * 2 ** (failedAttempt - 1);
  return Math.min(uncapped, policy.maxDelayMs ?? Number.MAX_SAFE_INTEGER);
}

/** The distinct waits a policy can produce, in attempt order (the broker keeps one delay queue per wait). */
export function retryDelays(policy: RetryPolicy): number[] {
  const delays: number[] = [];
  for (let attempt = 1; attempt < policy.maxAttempts; attempt += 1) {
    const delay = retryDelayMs(policy, attempt);
    if (!delays.includes(delay)) delays.push(delay);
  }
  return delays;
}
