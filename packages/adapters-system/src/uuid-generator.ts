import { randomFillSync } from 'node:crypto';
import type { IdGenerator } from '@los/application';

// Random bytes are drawn in batches: one call to the system's generator per 256 ids instead of one per id.
const POOL_IDS = 256;

/**
 * UUID version 7 ids (RFC 9562 §5.7): a 48-bit millisecond timestamp then random bits, so ids sort by
 * creation time and keep B-tree indexes compact.
 */
export class UuidV7Generator implements IdGenerator {
  private readonly pool = Buffer.alloc(16 * POOL_IDS);
  private used = POOL_IDS;

  constructor(private readonly now: () => number = Date.now) {}

  next(): string {
    if (this.used === POOL_IDS) {
      randomFillSync(this.pool);
      this.used = 0;
    }
    // A copy: the pool is refilled in place.
    const bytes = Buffer.from(this.pool.subarray(16 * this.used, 16 * ++this.used));
    const ms = BigInt(this.now());
    for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
    bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
    bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
