import type { Cache } from '@los/application';
import { Redis } from 'ioredis';
import { assertTtlSeconds } from './ttl.js';

/** Options of {@link RedisCache}. */
export interface RedisCacheOptions {
  /** `redis://[user:password@]host:port[/db]` */
  readonly url: string;
  /** Prepended to every key, so several apps or test runs can share one Redis. */
  readonly keyPrefix?: string;
  /** How long `healthy()` waits for PING; 1000 ms when absent. */
  readonly healthTimeoutMs?: number;
}

// INCR and the first PEXPIRE must be one step: a crash between them would leave a counter that never
// expires and so a rate limit that never lifts. An existing key keeps its TTL (a fixed window).
const incrementScript = `
local count = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) == -1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count`;

type ScriptedRedis = Redis & { losIncrement(key: string, ttlMs: number): Promise<number> };

/** The production cache over Redis (ioredis). */
export class RedisCache implements Cache {
  private readonly client: ScriptedRedis;
  private readonly healthTimeoutMs: number;

  constructor(options: RedisCacheOptions) {
    const client = new Redis(options.url, {
      keyPrefix: options.keyPrefix ?? '',
      // Fail a command after a couple of reconnect attempts instead of queueing it for long: callers
      // (OTP checks, rate limits) would rather get an error than hang.
      maxRetriesPerRequest: 2,
      lazyConnect: false,
    });
    client.defineCommand('losIncrement', { numberOfKeys: 1, lua: incrementScript });
    // ioredis reconnects by itself; without a listener an outage would crash the process.
    client.on('error', () => undefined);
    this.client = client as ScriptedRedis;
    this.healthTimeoutMs = options.healthTimeoutMs ?? 1000;
  }

  async get(key: string): Promise<string | null> {
    return this.client.get(key);
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    assertTtlSeconds(ttlSeconds);
    await this.client.set(key, value, 'EX', ttlSeconds);
  }

  async delete(key: string): Promise<void> {
    await this.client.del(key);
  }

  async increment(key: string, ttlSeconds: number): Promise<number> {
    assertTtlSeconds(ttlSeconds);
    return Number(await this.client.losIncrement(key, ttlSeconds * 1000));
  }

  async healthy(): Promise<boolean> {
    if (this.client.status === 'end' || this.client.status === 'close') return false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), this.healthTimeoutMs)));
    // While reconnecting, PING waits in ioredis's offline queue; the timeout answers for it.
    const pong = this.client.ping().then(
      (reply) => reply === 'PONG',
      () => false,
    );
    try {
      return await Promise.race([pong, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.client.status === 'end') return;
    try {
      await this.client.quit();
    } catch {
      // Already closing or never connected: nothing left to release.
      this.client.disconnect();
    }
  }
}
