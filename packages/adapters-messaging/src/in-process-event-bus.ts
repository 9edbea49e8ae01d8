import type { DeadLetter, EventBus, EventMessage, QueueDepth, QueueInspector, Subscription } from '@los/application';
import { silentLogger, type BusLogger } from './bus-logger.js';
import { encodeEvent } from './event-codec.js';
import { InProcessConsumer } from './in-process-consumer.js';
import { assertRetryPolicy } from './retry-policy.js';
import { assertSubscribable, wantsEvent } from './subscription-rules.js';

/** Options of {@link InProcessEventBus}. */
export interface InProcessEventBusOptions {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs?: number;
  readonly logger?: BusLogger;
}

/**
 * The embedded event bus: every consumer has its own queue in memory, with the retry, backoff and
 * dead-letter rules of the broker adapter. Nothing survives the process; the outbox is what makes
 * publishing durable in embedded mode.
 */
export class InProcessEventBus implements EventBus, QueueInspector {
  private readonly consumers = new Map<string, InProcessConsumer>();
  private readonly deadLetters = new Map<string, DeadLetter>();
  private readonly beforeStart: Buffer[] = [];
  private readonly logger: BusLogger;
  private state: 'created' | 'started' | 'closed' = 'created';

  constructor(private readonly options: InProcessEventBusOptions) {
    assertRetryPolicy(options);
    this.logger = options.logger ?? silentLogger;
  }

  async subscribe(subscription: Subscription): Promise<void> {
    if (this.state === 'closed') throw new Error('event bus is closed');
    assertSubscribable(subscription.consumer, subscription.eventTypes);
    if (this.consumers.has(subscription.consumer)) throw new Error(`consumer ${subscription.consumer} is already subscribed`);
    const consumer = new InProcessConsumer(subscription, {
      policy: this.options,
      logger: this.logger,
      onDeadLetter: (deadLetter) => this.deadLetters.set(deadLetter.id, deadLetter),
    });
    this.consumers.set(subscription.consumer, consumer);
    if (this.state === 'started') consumer.activate();
  }

  /** Routes at once when started; before that, holds the events and routes them to the consumers known at `start()`. */
  async publish(messages: readonly EventMessage[]): Promise<void> {
    if (this.state === 'closed') throw new Error('event bus is closed');
    // Encode all first: one unserialisable event rejects the whole batch, as the broker adapter does.
    const bodies = messages.map((message) => ({ type: message.type, body: encodeEvent(message) }));
    for (const { type, body } of bodies) {
      if (this.state === 'created') this.beforeStart.push(body);
      else this.route(type, body);
    }
  }

  async start(): Promise<void> {
    if (this.state !== 'created') return;
    this.state = 'started';
    for (const body of this.beforeStart.splice(0)) {
      const { type } = JSON.parse(body.toString('utf8')) as EventMessage;
      this.route(type, body);
    }
    for (const consumer of this.consumers.values()) consumer.activate();
  }

  async close(): Promise<void> {
    if (this.state === 'closed') return;
    this.state = 'closed';
    const left = await Promise.all([...this.consumers.values()].map((consumer) => consumer.stop()));
    const undelivered = left.reduce((sum, count) => sum + count, 0) + this.beforeStart.length;
    if (undelivered > 0) this.logger('warn', 'event bus closed with undelivered events', { undelivered });
  }

  async healthy(): Promise<boolean> {
    return this.state !== 'closed';
  }

  async listDeadLetters(consumer?: string): Promise<DeadLetter[]> {
    const all = [...this.deadLetters.values()];
    return consumer === undefined ? all : all.filter((deadLetter) => deadLetter.consumer === consumer);
  }

  async replayDeadLetter(id: string): Promise<boolean> {
    const deadLetter = this.deadLetters.get(id);
    const consumer = deadLetter && this.consumers.get(deadLetter.consumer);
    if (!deadLetter || !consumer || this.state === 'closed') return false;
    this.deadLetters.delete(id);
    this.logger('info', 'dead letter replayed', { consumer: deadLetter.consumer, eventId: deadLetter.message.id });
    consumer.enqueue(encodeEvent(deadLetter.message), 1);
    return true;
  }

  async discardDeadLetter(id: string): Promise<boolean> {
    const deadLetter = this.deadLetters.get(id);
    if (!deadLetter) return false;
    this.deadLetters.delete(id);
    this.logger('info', 'dead letter discarded', { consumer: deadLetter.consumer, eventId: deadLetter.message.id });
    return true;
  }

  /** Messages waiting (including those held for a retry) and dead letters, per subscribed consumer. */
  async queueDepths(consumers?: readonly string[]): Promise<QueueDepth[]> {
    const names = consumers ?? [...this.consumers.keys()];
    const dead = [...this.deadLetters.values()];
    // Events published before start() are routed at start; they count as waiting for the consumers they will reach.
    const held = this.beforeStart.map((body) => (JSON.parse(body.toString('utf8')) as EventMessage).type);
    return names.flatMap((name) => {
      const consumer = this.consumers.get(name);
      if (!consumer) return [];
      const heldForIt = held.filter((type) => wantsEvent(consumer.subscription.eventTypes, type)).length;
      return [{ consumer: name, ready: consumer.waiting + heldForIt, deadLetters: dead.filter((d) => d.consumer === name).length }];
    });
  }

  private route(type: string, body: Buffer): void {
    for (const consumer of this.consumers.values()) {
      if (wantsEvent(consumer.subscription.eventTypes, type)) consumer.enqueue(body, 1);
    }
  }
}
