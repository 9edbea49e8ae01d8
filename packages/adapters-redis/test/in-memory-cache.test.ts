import { describeCacheContract } from '@los/application/testing';
import { describe, expect, it } from 'vitest';
import { InMemoryCache } from '../src/index.js';
import { skipReason } from './adapter-filter.js';

const skip = skipReason('memory');

function movableClock(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  return { now: () => now, advance: async (ms: number) => void (now += ms) };
}

describeCacheContract({
  name: 'InMemoryCache',
  ...(skip ? { skip } : {}),
  create: () => {
    const clock = movableClock();
    return { cache: new InMemoryCache({ now: clock.now }), advance: clock.advance };
  },
});

describe.skipIf(skip)('InMemoryCache', () => {
  it('expires exactly at the TTL boundary of the injected clock', async () => {
    const clock = movableClock();
    const cache = new InMemoryCache({ now: clock.now });
    await cache.set('otp', '123456', 300);
    await clock.advance(299_999);
    expect(await cache.get('otp')).toBe('123456');
    await clock.advance(1);
    expect(await cache.get('otp')).toBeNull();
  });

  it('drops expired keys nobody reads again', async () => {
    const clock = movableClock();
    const cache = new InMemoryCache({ now: clock.now });
    for (let i = 0; i < 999; i += 1) await cache.set(`stale:${i}`, 'x', 1);
    await clock.advance(2000);
    await cache.set('fresh', 'y', 60);
    // The sweep ran on the 1000th write; what is left is only the live key.
    expect((cache as unknown as { entries: Map<string, unknown> }).entries.size).toBe(1);
  });

  it('refuses every operation after close()', async () => {
    const cache = new InMemoryCache();
    await cache.close();
    await expect(cache.get('k')).rejects.toThrow(/closed/);
    await expect(cache.increment('k', 1)).rejects.toThrow(/closed/);
  });
});
