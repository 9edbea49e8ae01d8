import type { DeadLetter, EventMessage, Subscription } from '@los/application';
import type { BusLogger } from './bus-logger.js';
import { decodeEvent } from './event-codec.js';
import { retryDelayMs, type RetryPolicy } from './retry-policy.js';
import { errorText, newDeadLetterId } from './subscription-rules.js';

interface Queued {
  readonly body: Buffer;
  readonly attempt: number;
}

interface ConsumerDeps {
  readonly policy: RetryPolicy;
  readonly logger: BusLogger;
  readonly onDeadLetter: (deadLetter: DeadLetter) => void;
}

/**
 * One consumer's queue in memory, worked one message at a time (prefetch 1) so a sequence of events
 * reaches the handler in the order it was published while nothing fails. A failed message waits its
 * backoff and rejoins the back of the queue, as it would through a broker's delay queue.
 */
export class InProcessConsumer {
  private readonly queue: Queued[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private running: Promise<void> | null = null;
  private active = false;
  private stopped = false;

  constructor(
    readonly subscription: Subscription,
    private readonly deps: ConsumerDeps,
  ) {}

  enqueue(body: Buffer, attempt: number): void {
    if (this.stopped) return;
    this.queue.push({ body, attempt });
    this.pump();
  }

  /** Begins delivering what is queued and what arrives later. */
  activate(): void {
    this.active = true;
    this.pump();
  }

  /** Messages waiting for delivery, including those waiting out a retry delay. */
  get waiting(): number {
    return this.queue.length + this.timers.size;
  }

  /** Stops retry timers and new deliveries, then waits for the handler in flight; returns what was left undelivered. */
  async stop(): Promise<number> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    const waiting = this.timers.size;
    this.timers.clear();
    await this.running;
    return this.queue.length + waiting;
  }

  private pump(): void {
    if (!this.active || this.stopped || this.running !== null) return;
    this.running = this.drain().finally(() => {
      this.running = null;
      // A message may have arrived while the last handler was finishing.
      if (this.queue.length > 0) this.pump();
    });
  }

  private async drain(): Promise<void> {
    for (let next = this.queue.shift(); next !== undefined && !this.stopped; next = this.queue.shift()) {
      await this.deliver(next);
    }
  }

  private async deliver({ body, attempt }: Queued): Promise<void> {
    const message = decodeEvent(body);
    try {
      await this.subscription.handle(message, { attempt });
    } catch (error) {
      this.fail(message, body, attempt, error);
    }
  }

  private fail(message: EventMessage, body: Buffer, attempt: number, error: unknown): void {
    const { consumer } = this.subscription;
    const lastError = errorText(error);
    if (attempt >= this.deps.policy.maxAttempts) {
      this.deps.logger('error', 'event dead-lettered', { consumer, eventId: message.id, type: message.type, attempts: attempt, error: lastError });
      this.deps.onDeadLetter({ id: newDeadLetterId(consumer), consumer, message, attempts: attempt, lastError, deadAt: new Date().toISOString() });
      return;
    }
    const delayMs = retryDelayMs(this.deps.policy, attempt);
    this.deps.logger('warn', 'event handler failed, will retry', { consumer, eventId: message.id, type: message.type, attempt, delayMs, error: lastError });
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.enqueue(body, attempt + 1);
    }, delayMs);
    this.timers.add(timer);
  }
}
