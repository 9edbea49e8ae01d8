/** A key-value store with expiry: OTPs, rate limits, short-lived state. Redis in production, memory embedded. */
export interface Cache {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Adds one to a counter, creating it with the TTL when absent; returns the new count. */
  increment(key: string, ttlSeconds: number): Promise<number>;
  /** True when the store answers. */
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}
