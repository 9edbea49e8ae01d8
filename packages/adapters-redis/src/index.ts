// @los/adapters-redis: the Cache port over Redis (production) and in memory (embedded).

/**
 * The production cache over Redis; increment sets the TTL atomically on the first increment.
 * @example
 * const cache = new RedisCache({ url: 'redis://127.0.0.1:6379', keyPrefix: 'los:' });
 * const attempts = await cache.increment(`otp-attempts:${mobile}`, 900);
 */
export { RedisCache, type RedisCacheOptions } from './redis-cache.js';

/**
 * The embedded cache: a map with expiry against an injectable clock.
 * @example
 * const cache = new InMemoryCache();
 * await cache.set(`otp:${mobile}`, hashedOtp, 300);
 */
export { InMemoryCache, type InMemoryCacheOptions } from './in-memory-cache.js';
