import type { RefreshTokenSecrets } from '../../ports/refresh-token-store.js';

/** Predictable refresh token secrets (`refresh-1`, `refresh-2`, …) with a reversible stand-in hash, for tests. */
export class CountingRefreshTokenSecrets implements RefreshTokenSecrets {
  private count = 0;

  generate(): string {
    this.count += 1;
    return `refresh-${this.count}`;
  }

  hash(secret: string): string {
    return `hash(${secret})`;
  }
}
