/** Thrown instead of calling a provider while its circuit is open. */
export class CircuitOpenError extends Error {
  override readonly name = 'CircuitOpenError';
  constructor(readonly provider: string, readonly retryAfterMs: number) {
    super(`${provider} is failing; calls are paused for ${Math.ceil(retryAfterMs / 1000)} s`);
  }
}

/** When a breaker opens and how long it stays open. */
export interface CircuitBreakerOptions {
  /** Consecutive failed calls that open the circuit (default 5). */
  readonly failureThreshold?: number;
  /** How long the circuit stays open before one trial call is let through (default 30 s). */
  readonly openForMs?: number;
  /** Milliseconds now; injected by tests. */
  readonly now?: () => number;
}

/**
 * Stops calling a provider that keeps failing, so a dead dependency costs callers no timeouts and the
 * provider gets room to recover: closed → (threshold consecutive failures) → open → (after `openForMs`)
 * half-open, where one trial call decides between closed and open again. Only unreachable or 5xx answers
 * count as failures; a 4xx is a working provider saying no.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(private readonly options: CircuitBreakerOptions = {}) {}

  /** 'closed', 'open' or 'half-open', as of now. */
  state(): 'closed' | 'open' | 'half-open' {
    if (this.openedAt === null) return 'closed';
    return this.now() - this.openedAt >= (this.options.openForMs ?? 30_000) ? 'half-open' : 'open';
  }

  async run<T>(provider: string, call: () => Promise<T>): Promise<T> {
    const state = this.state();
    if (state === 'open' || (state === 'half-open' && this.trialInFlight)) {
      throw new CircuitOpenError(provider, Math.max(0, (this.options.openForMs ?? 30_000) - (this.now() - (this.openedAt ?? 0))));
    }
    if (state === 'half-open') this.trialInFlight = true;
    try {
      const result = await call();
      this.failures = 0;
      this.openedAt = null;
      return result;
    } catch (error) {
      this.failures += 1;
      if (state === 'half-open' || this.failures >= (this.options.failureThreshold ?? 5)) this.openedAt = this.now();
      throw error;
    } finally {
      if (state === 'half-open') this.trialInFlight = false;
    }
  }

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }
}
