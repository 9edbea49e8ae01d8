import type { Clock } from '../../ports/clock.js';
import type { Delivery, Subscription } from '../../ports/event-bus.js';
import type { EventMessage } from '../../ports/event-message.js';
import type { Repositories } from '../../ports/unit-of-work.js';

/** What an idempotent handler is given: the transaction's repositories, the delivery, and the instant it runs at. */
export interface IdempotentContext<R extends Repositories = Repositories> {
  readonly repositories: R;
  readonly delivery: Delivery;
  readonly now: Date;
}

/** A consumer whose effects are written through the repositories it is handed, in one transaction. */
export interface IdempotentConsumerOptions<R extends Repositories = Repositories> {
  readonly consumer: string;
  readonly eventTypes: readonly string[];
  /** Any unit of work whose repositories include the processed-message records (the lifecycle one, say). */
  readonly unitOfWork: { run<T>(work: (repositories: R) => Promise<T>): Promise<T> };
  readonly clock: Clock;
  /**
   * Applies the event. Throw to refuse it for now (for example when it arrived before the event it
   * depends on): nothing is kept, and the bus redelivers it after its backoff.
   */
  readonly handle: (message: EventMessage, context: IdempotentContext<R>) => Promise<void>;
  /** Told whether each delivery was applied or was a duplicate (for logs and metrics). */
  readonly onOutcome?: (message: EventMessage, outcome: 'applied' | 'duplicate', delivery: Delivery) => void;
}

/**
 * Makes any handler an idempotent consumer: the processed-message record (consumer, event id) is written
 * in the same transaction as the handler's effects. A redelivery after a commit finds the record and
 * changes nothing; a crash before the commit leaves neither, so the redelivery applies the effect once.
 */
export function idempotentSubscription<R extends Repositories = Repositories>(options: IdempotentConsumerOptions<R>): Subscription {
  const { consumer, eventTypes, unitOfWork, clock } = options;
  return {
    consumer,
    eventTypes,
    async handle(message, delivery) {
      const outcome = await unitOfWork.run(async (repositories) => {
        const now = clock.now();
        if (!(await repositories.processedMessages.markProcessed(consumer, message.id, now))) return 'duplicate' as const;
        await options.handle(message, { repositories, delivery, now });
        return 'applied' as const;
      });
      options.onOutcome?.(message, outcome, delivery);
    },
  };
}
