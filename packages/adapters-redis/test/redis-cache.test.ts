import { randomUUID } from 'node:crypto';
import { describeCacheContract } from '@los/application/testing';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisCache } from '../src/index.js';
import { skipReason } from './adapter-filter.js';

const url = process.env['TEST_REDIS_URL'];
const keyPrefix = `los-test:${randomUUID()}:`;
const skip = skipReason('redis', 'TEST_REDIS_URL');

afterAll(async () => {
  if (skip || !url) return;
  // Leave nothing behind: every key this run wrote carries the run's prefix.
  const admin = new Redis(url);
  const keys = await admin.keys(`${keyPrefix}*`);
  if (keys.length > 0) await admin.del(...keys);
  await admin.quit();
});

describeCacheContract({
  name: 'RedisCache',
  ...(skip ? { skip } : {}),
  create: () => ({
    cache: new RedisCache({ url: url ?? '', keyPrefix }),
    advance: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  }),
});

describe.skipIf(skip)('RedisCache against Redis', () => {
  it('stores keys under its prefix and sets the TTL with the first increment', async () => {
    const cache = new RedisCache({ url: url ?? '', keyPrefix });
    const admin = new Redis(url ?? '');
    try {
      await cache.increment('rate:login:+919800000000', 60);
      const ttl = await admin.pttl(`${keyPrefix}rate:login:+919800000000`);
      expect(ttl).toBeGreaterThan(59_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
      expect(await admin.get(`${keyPrefix}rate:login:+919800000000`)).toBe('1');
    } finally {
      await cache.close();
      await admin.quit();
    }
  });

  it('is unhealthy, not hanging, when Redis cannot be reached', async () => {
    const cache = new RedisCache({ url: 'redis://127.0.0.1:1', keyPrefix, healthTimeoutMs: 200 });
    try {
      expect(await cache.healthy()).toBe(false);
    } finally {
      await cache.close();
    }
  });
});
