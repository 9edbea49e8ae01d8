import type { Clock } from '../../ports/clock.js';
import type { Delivery, Subscription } from '../../ports/event-bus.js';
import type { EventMessage } from '../../ports/event-message.js';
import type { Repositories } from '../../ports/unit-of-work.js';

/** What an idempotent handler is given: the transaction's repositories, the delivery, the instant it runs at, and what `prepare` gathered. */
export interface IdempotentContext<R extends Repositories = Repositories, Prepared = undefined> {
  readonly repositories: R;
  readonly delivery: Delivery;
  readonly now: Date;
  /** The result of `prepare`, run before the transaction; undefined without one. */
  readonly prepared: Prepared | undefined;
}

/** A consumer whose effects are written through the repositories it is handed, in one transaction. */
export interface IdempotentConsumerOptions<R extends Repositories = Repositories, Prepared = undefined, Handled = void> {
  readonly consumer: string;
  readonly eventTypes: readonly string[];
  /** Any unit of work whose repositories include the processed-message records (the lifecycle one, say). */
  readonly unitOfWork: { run<T>(work: (repositories: R) => Promise<T>): Promise<T> };
  readonly clock: Clock;
  /**
   * Slow reads done before the transaction (a provider's answer, say), so no row is locked while they
   * run; their result reaches `handle` as `context.prepared`. It runs for every delivery, duplicates too.
   */
  readonly prepare?: (message: EventMessage, delivery: Delivery) => Promise<Prepared>;
  /**
   * Applies the event. Throw to refuse it for now (for example when it arrived before the event it
   * depends on): nothing is kept, and the bus redelivers it after its backoff.
   */
  readonly handle: (message: EventMessage, context: IdempotentContext<R, Prepared>) => Promise<Handled>;
  /**
   * Told, once the transaction has committed, whether each delivery was applied (with what `handle`
   * returned) or was a duplicate (for logs and metrics).
   */
  readonly onOutcome?: (message: EventMessage, outcome: 'applied' | 'duplicate', delivery: Delivery, handled: Handled | undefined) => void;
}

/**
 * Makes any handler an idempotent consumer: the processed-message record (consumer, event id) is written
 * in the same transaction as the handler's effects. A redelivery after a commit finds the record and
 * changes nothing; a crash before the commit leaves neither, so the redelivery applies the effect once.
 */
export function idempotentSubscription<R extends Repositories = Repositories, Prepared = undefined, Handled = void>(options: IdempotentConsumerOptions<R, Prepared, Handled>): Subscription {
  const { consumer, eventTypes, unitOfWork, clock } = options;
  return {
    consumer,
    eventTypes,
    async handle(message, delivery) {
      const prepared = options.prepare ? await options.prepare(message, delivery) : undefined;
      const done = await unitOfWork.run(async (repositories) => {
        const now = clock.now();
        if (!(await repositories.processedMessages.markProcessed(consumer, message.id, now))) return { outcome: 'duplicate' as const, handled: undefined };
        return { outcome: 'applied' as const, handled: await options.handle(message, { repositories, delivery, now, prepared }) };
      });
      options.onOutcome?.(message, done.outcome, delivery, done.handled);
    },
  };
}
