import type { EventMessage } from './event-message.js';

/** Publishes events to the bus; resolves once the bus has them durably (publisher confirms). */
export interface EventPublisher {
  publish(messages: readonly EventMessage[]): Promise<void>;
}

/** How a delivery reaches a handler. `attempt` starts at 1 and grows with each retry. */
export interface Delivery {
  readonly attempt: number;
}

/**
 * One consumer: a durable name, the event types it wants (exact types, or `*` for all), and its
 * handler. A handler that throws is retried with exponential backoff up to the bus's limit, then the
 * message goes to the dead-letter store. Delivery is at least once: handlers must be idempotent.
 */
export interface Subscription {
  readonly consumer: string;
  readonly eventTypes: readonly string[];
  handle(message: EventMessage, delivery: Delivery): Promise<void>;
}

/** A message that exhausted its retries. */
export interface DeadLetter {
  readonly id: string;
  readonly consumer: string;
  readonly message: EventMessage;
  readonly attempts: number;
  readonly lastError: string;
  readonly deadAt: string;
}

/** An event bus: the RabbitMQ adapter in production, the in-process bus when embedded. Same semantics. */
export interface EventBus extends EventPublisher {
  /** Registers a consumer; deliveries start after `start()`. */
  subscribe(subscription: Subscription): Promise<void>;
  start(): Promise<void>;
  /** Stops taking new deliveries, waits for handlers in flight, and releases connections. */
  close(): Promise<void>;
  /** True when the bus can publish right now. */
  healthy(): Promise<boolean>;
  listDeadLetters(consumer?: string): Promise<DeadLetter[]>;
  /** Puts a dead letter back on its consumer's queue; false when no such dead letter. */
  replayDeadLetter(id: string): Promise<boolean>;
  discardDeadLetter(id: string): Promise<boolean>;
}
