import type { IdGenerator } from '../../ports/id-generator.js';

/**
 * Predictable UUID-shaped ids: `00000000-0000-4000-8000-000000000001`, then `…002`, and so on. A
 * `namespace` (0–65535) fills the third-from-last group so that two generators never collide.
 */
export class SequentialIdGenerator implements IdGenerator {
  private counter = 0;

  constructor(private readonly namespace = 0) {
    if (!Number.isInteger(namespace) || namespace < 0 || namespace > 0xffff) throw new RangeError('namespace must be 0..65535');
  }

  next(): string {
    this.counter += 1;
    const ns = this.namespace.toString(16).padStart(4, '0');
    return `00000000-${ns}-4000-8000-${this.counter.toString(16).padStart(12, '0')}`;
  }
}
