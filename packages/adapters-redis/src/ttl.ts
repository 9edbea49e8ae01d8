/** Redis takes whole seconds; a zero, negative or fractional TTL is a caller's bug, refused the same way by every cache. */
export function assertTtlSeconds(ttlSeconds: number): void {
  if (!Number.isSafeInteger(ttlSeconds) || ttlSeconds < 1) {
    throw new RangeError(`ttlSeconds must be a whole number >= 1, got ${ttlSeconds}`);
  }
}
