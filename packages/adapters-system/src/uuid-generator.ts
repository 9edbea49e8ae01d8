import { randomBytes } from 'node:crypto';
import type { IdGenerator } from '@los/application';

/**
 * UUID version 7 ids (RFC 9562 §5.7): a 48-bit millisecond timestamp then random bits, so ids sort by
 * creation time and keep B-tree indexes compact.
 */
export class UuidV7Generator implements IdGenerator {
  constructor(private readonly now: () => number = Date.now) {}

  next(): string {
    const bytes = randomBytes(16);
    const ms = BigInt(this.now());
    for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
    bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
    bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
