import { afterEach, describe, expect, it } from 'vitest';
import type { Cache } from '../../ports/cache.js';

/** A cache under test and a way to let time pass for it (a moved clock in memory, a real wait against Redis). */
export interface CacheFixture {
  readonly cache: Cache;
  advance(ms: number): Promise<void>;
}

/** How a Cache implementation joins the contract run; `skip` is the reason it cannot run here. */
export interface CacheContractOptions {
  readonly name: string;
  readonly create: () => CacheFixture | Promise<CacheFixture>;
  readonly skip?: string;
}

/**
 * The behaviour every Cache shares: values round-trip and expire after their TTL, delete removes,
 * and increment starts a counter at 1 with the TTL of its first increment (a fixed window, which
 * rate limits rely on) and keeps counting an existing integer.
 */
export function describeCacheContract(options: CacheContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`Cache contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const opened: Cache[] = [];
    let keys = 0;
    const key = (label: string) => `${label}:${(keys += 1)}`;

    async function fixture(): Promise<CacheFixture> {
      const created = await options.create();
      opened.push(created.cache);
      return created;
    }

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((cache) => cache.close()));
    });

    it('returns null for a key never set', async () => {
      const { cache } = await fixture();
      expect(await cache.get(key('absent'))).toBeNull();
    });

    it('returns what was set, and the latest value after an overwrite', async () => {
      const { cache } = await fixture();
      const otp = key('otp');
      await cache.set(otp, '482913', 60);
      expect(await cache.get(otp)).toBe('482913');
      await cache.set(otp, '{"attempts":1}', 60);
      expect(await cache.get(otp)).toBe('{"attempts":1}');
    });

    it('forgets a value once it is deleted, and deleting an absent key is harmless', async () => {
      const { cache } = await fixture();
      const session = key('session');
      await cache.set(session, 'staff-1', 60);
      await cache.delete(session);
      expect(await cache.get(session)).toBeNull();
      await expect(cache.delete(key('never'))).resolves.toBeUndefined();
    });

    it('expires a value after its TTL and keeps it until then', async () => {
      const { cache, advance } = await fixture();
      const short = key('short');
      const long = key('long');
      await cache.set(short, 'gone-soon', 1);
      await cache.set(long, 'stays', 60);
      expect(await cache.get(short)).toBe('gone-soon');
      await advance(1100);
      expect(await cache.get(short)).toBeNull();
      expect(await cache.get(long)).toBe('stays');
    });

    it('starts an absent counter at 1 and counts up', async () => {
      const { cache } = await fixture();
      const counter = key('attempts');
      expect(await cache.increment(counter, 60)).toBe(1);
      expect(await cache.increment(counter, 60)).toBe(2);
      expect(await cache.increment(counter, 60)).toBe(3);
      expect(await cache.get(counter)).toBe('3');
    });

    it('keeps the TTL of the first increment, so the window does not slide', async () => {
      const { cache, advance } = await fixture();
      const window = key('window');
      expect(await cache.increment(window, 1)).toBe(1);
      await advance(600);
      expect(await cache.increment(window, 1)).toBe(2);
      await advance(600);
      expect(await cache.get(window)).toBeNull();
      expect(await cache.increment(window, 1)).toBe(1);
    });

    it('counts on from an existing integer value without changing its TTL', async () => {
      const { cache, advance } = await fixture();
      const existing = key('existing');
      await cache.set(existing, '41', 1);
      expect(await cache.increment(existing, 60)).toBe(42);
      await advance(1100);
      expect(await cache.get(existing)).toBeNull();
    });

    it('refuses to increment a value that is not an integer', async () => {
      const { cache } = await fixture();
      const text = key('text');
      await cache.set(text, 'not-a-number', 60);
      await expect(cache.increment(text, 60)).rejects.toThrow();
      expect(await cache.get(text)).toBe('not-a-number');
    });

    it('refuses a TTL that is not a positive whole number of seconds', async () => {
      const { cache } = await fixture();
      await expect(cache.set(key('zero'), 'x', 0)).rejects.toThrow(RangeError);
      await expect(cache.increment(key('fraction'), 1.5)).rejects.toThrow(RangeError);
    });

    it('is healthy while open and not after close()', async () => {
      const { cache } = await fixture();
      expect(await cache.healthy()).toBe(true);
      await cache.close();
      expect(await cache.healthy()).toBe(false);
    });
  });
}
