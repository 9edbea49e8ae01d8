import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertRetryPolicy, retryDelayMs, retryDelays } from './retry-policy.js';

describe('retryDelayMs', () => {
  it('doubles from the base after each failure', () => {
    const policy = { maxAttempts: 5, baseDelayMs: 100 };
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(policy, attempt))).toEqual([100, 200, 400, 800]);
  });

  it('never exceeds the cap and never shrinks as attempts grow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 60 }), (base, extra, attempt) => {
        const policy = { maxAttempts: 61, baseDelayMs: base, maxDelayMs: base + extra };
        const delay = retryDelayMs(policy, attempt);
        expect(delay).toBeLessThanOrEqual(base + extra);
        expect(delay).toBeGreaterThanOrEqual(base);
        expect(retryDelayMs(policy, attempt + 1)).toBeGreaterThanOrEqual(delay);
      }),
    );
  });
});

describe('retryDelays', () => {
  it('lists each distinct wait once, for attempts that can still be retried', () => {
    expect(retryDelays({ maxAttempts: 6, baseDelayMs: 20, maxDelayMs: 50 })).toEqual([20, 40, 50]);
    expect(retryDelays({ maxAttempts: 1, baseDelayMs: 20 })).toEqual([]);
  });
});

describe('assertRetryPolicy', () => {
  it('refuses policies that never deliver or wait a negative or shrinking time', () => {
    expect(() => assertRetryPolicy({ maxAttempts: 0, baseDelayMs: 10 })).toThrow(RangeError);
    expect(() => assertRetryPolicy({ maxAttempts: 2.5, baseDelayMs: 10 })).toThrow(RangeError);
    expect(() => assertRetryPolicy({ maxAttempts: 3, baseDelayMs: -1 })).toThrow(RangeError);
    expect(() => assertRetryPolicy({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 50 })).toThrow(RangeError);
    expect(() => assertRetryPolicy({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 100 })).not.toThrow();
  });
});
