import type { Channel } from 'amqplib';
import { retryDelays, type RetryPolicy } from './retry-policy.js';

/** Where a bus's messages live on the broker: its exchange, its queue-name prefix and its retry waits. */
export interface AmqpTopology {
  readonly exchange: string;
  readonly queuePrefix: string;
  readonly policy: RetryPolicy;
}

/** Headers the bus writes; everything else on a message is AMQP's own. */
export const headers = {
  /** Number of the delivery the message is on its way to, from 1. */
  attempt: 'x-los-attempt',
  lastError: 'x-los-last-error',
  deadLetterId: 'x-los-dead-letter-id',
  deadAt: 'x-los-dead-at',
  consumer: 'x-los-consumer',
} as const;

export const consumerQueue = (t: AmqpTopology, consumer: string): string => `${t.queuePrefix}.${consumer}`;
export const deadLetterQueue = (t: AmqpTopology, consumer: string): string => `${t.queuePrefix}.${consumer}.dlq`;
/** One delay queue per distinct wait; naming it by the wait lets a changed policy declare new queues instead of clashing. */
export const delayQueue = (t: AmqpTopology, consumer: string, delayMs: number): string => `${t.queuePrefix}.${consumer}.retry.${delayMs}ms`;

/** A `*` subscription is every routing key; anything else is the event type itself. */
export const bindingKey = (eventType: string): string => (eventType === '*' ? '#' : eventType);

const quorum = { 'x-queue-type': 'quorum' } as const;

export async function declareExchange(channel: Channel, t: AmqpTopology): Promise<void> {
  await channel.assertExchange(t.exchange, 'topic', { durable: true });
}

/**
 * Declares a consumer's queue (bound to its event types), its delay queues and its dead-letter queue.
 * A delay queue holds a failed message for its TTL and then dead-letters it, through the default
 * exchange, back to the consumer's queue. Quorum queues dead-letter at most once unless told otherwise,
 * so the delay queues ask for at-least-once, which RabbitMQ allows only with `reject-publish` overflow.
 */
export async function declareConsumer(channel: Channel, t: AmqpTopology, consumer: string, eventTypes: readonly string[]): Promise<void> {
  const queue = consumerQueue(t, consumer);
  await channel.assertQueue(queue, { durable: true, arguments: quorum });
  for (const type of eventTypes) await channel.bindQueue(queue, t.exchange, bindingKey(type));
  for (const delayMs of retryDelays(t.policy)) {
    await channel.assertQueue(delayQueue(t, consumer, delayMs), {
      durable: true,
      arguments: {
        ...quorum,
        'x-message-ttl': delayMs,
        'x-dead-letter-exchange': '',
        'x-dead-letter-routing-key': queue,
        'x-dead-letter-strategy': 'at-least-once',
        'x-overflow': 'reject-publish',
      },
    });
  }
  await channel.assertQueue(deadLetterQueue(t, consumer), { durable: true, arguments: quorum });
}

/** Deletes what {@link declareConsumer} declared (messages included). */
export async function deleteConsumer(channel: Channel, t: AmqpTopology, consumer: string): Promise<void> {
  await channel.deleteQueue(consumerQueue(t, consumer));
  for (const delayMs of retryDelays(t.policy)) await channel.deleteQueue(delayQueue(t, consumer, delayMs));
  await channel.deleteQueue(deadLetterQueue(t, consumer));
}
