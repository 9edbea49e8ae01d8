import type { Cache } from '@los/application';
import { assertTtlSeconds } from './ttl.js';

/** Options of {@link InMemoryCache}. */
export interface InMemoryCacheOptions {
  /** Milliseconds since the epoch; tests pass a clock they can move. */
  readonly now?: () => number;
}

interface Entry {
  readonly value: string;
  readonly expiresAt: number;
}

const integerText = /^-?\d+$/;
const sweepEvery = 1000;

/** The embedded cache: a map with expiry, read against an injectable clock. Values live as long as the process. */
export class InMemoryCache implements Cache {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  private writes = 0;
  private closed = false;

  constructor(options: InMemoryCacheOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  async get(key: string): Promise<string | null> {
    this.assertOpen();
    return this.live(key)?.value ?? null;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.assertOpen();
    assertTtlSeconds(ttlSeconds);
    this.write(key, { value, expiresAt: this.now() + ttlSeconds * 1000 });
  }

  async delete(key: string): Promise<void> {
    this.assertOpen();
    this.entries.delete(key);
  }

  async increment(key: string, ttlSeconds: number): Promise<number> {
    this.assertOpen();
    assertTtlSeconds(ttlSeconds);
    const current = this.live(key);
    if (current === undefined) {
      this.write(key, { value: '1', expiresAt: this.now() + ttlSeconds * 1000 });
      return 1;
    }
    if (!integerText.test(current.value)) throw new TypeError(`value at ${key} is not an integer`);
    const next = Number(current.value) + 1;
    if (!Number.isSafeInteger(next)) throw new RangeError(`counter at ${key} overflowed`);
    // An existing key keeps its expiry: the window is fixed by the first increment.
    this.write(key, { value: String(next), expiresAt: current.expiresAt });
    return next;
  }

  async healthy(): Promise<boolean> {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.entries.clear();
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry !== undefined && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private write(key: string, entry: Entry): void {
    this.entries.set(key, entry);
    this.writes += 1;
    // Expired keys nobody reads again would otherwise stay forever (OTPs, rate-limit windows).
    if (this.writes % sweepEvery === 0) this.sweep();
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('cache is closed');
  }
}
