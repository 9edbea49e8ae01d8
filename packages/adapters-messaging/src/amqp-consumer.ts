import type { ConfirmChannel, ConsumeMessage } from 'amqplib';
import type { EventMessage, Subscription } from '@los/application';
import type { BusLogger } from './bus-logger.js';
import { decodeEvent } from './event-codec.js';
import { publishConfirmed, withTimeout } from './amqp-publish.js';
import { consumerQueue, deadLetterQueue, delayQueue, headers, type AmqpTopology } from './amqp-topology.js';
import { retryDelayMs } from './retry-policy.js';
import { errorText, newDeadLetterId, wantsEvent } from './subscription-rules.js';

/**
 * One consumer on one channel. The broker hands over up to `prefetch` messages, but they reach the
 * handler one at a time and in queue order, so a sequence of events keeps its order while nothing
 * fails. A failure is moved to a delay queue (or, at the last attempt, to the dead-letter queue) with
 * a confirmed publish before the original is acked: at least once, never lost between the two.
 */
export class AmqpConsumer {
  private chain: Promise<void> = Promise.resolve();
  private consumerTag: string | null = null;
  private stopping = false;

  constructor(
    private readonly channel: ConfirmChannel,
    private readonly subscription: Subscription,
    private readonly topology: AmqpTopology,
    private readonly logger: BusLogger,
  ) {}

  async start(prefetch: number): Promise<void> {
    await this.channel.prefetch(prefetch);
    const { consumerTag } = await this.channel.consume(consumerQueue(this.topology, this.subscription.consumer), (delivery) => {
      if (delivery === null) {
        this.logger('warn', 'broker cancelled the consumer', { consumer: this.subscription.consumer });
        return;
      }
      this.chain = this.chain.then(() => this.process(delivery));
    });
    this.consumerTag = consumerTag;
  }

  /**
   * Takes no more deliveries and waits for the handler in flight; the channel stays open for its ack.
   * Prefetched deliveries not yet handled stay unacked and go back to the queue when the channel closes.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.consumerTag !== null) await withTimeout(this.channel.cancel(this.consumerTag), 5000, 'broker did not confirm the cancel').catch(() => undefined);
    this.consumerTag = null;
    await this.chain;
  }

  private async process(delivery: ConsumeMessage): Promise<void> {
    const { consumer } = this.subscription;
    if (this.stopping) return;
    try {
      let message: EventMessage;
      try {
        message = decodeEvent(delivery.content);
      } catch (error) {
        await this.deadLetter(delivery, null, 1, error);
        return;
      }
      // A binding left from an earlier subscription may still route other types here.
      if (!wantsEvent(this.subscription.eventTypes, message.type)) {
        this.channel.ack(delivery);
        return;
      }
      const attempt = attemptOf(delivery);
      try {
        await this.subscription.handle(message, { attempt });
      } catch (error) {
        if (attempt >= this.topology.policy.maxAttempts) await this.deadLetter(delivery, message, attempt, error);
        else await this.retry(delivery, message, attempt, error);
        return;
      }
      this.channel.ack(delivery);
    } catch (error) {
      // The channel went away mid-delivery: the broker redelivers the unacked message after reconnecting.
      this.logger('warn', 'delivery left unacked', { consumer, error: errorText(error) });
    }
  }

  private async retry(delivery: ConsumeMessage, message: EventMessage, attempt: number, error: unknown): Promise<void> {
    const { consumer } = this.subscription;
    const delayMs = retryDelayMs(this.topology.policy, attempt);
    const lastError = errorText(error);
    this.logger('warn', 'event handler failed, will retry', { consumer, eventId: message.id, type: message.type, attempt, delayMs, error: lastError });
    await publishConfirmed(this.channel, '', delayQueue(this.topology, consumer, delayMs), delivery.content, {
      ...carried(delivery),
      headers: { [headers.attempt]: attempt + 1, [headers.lastError]: lastError },
    });
    this.channel.ack(delivery);
  }

  private async deadLetter(delivery: ConsumeMessage, message: EventMessage | null, attempt: number, error: unknown): Promise<void> {
    const { consumer } = this.subscription;
    const lastError = errorText(error);
    const id = newDeadLetterId(consumer);
    this.logger('error', 'event dead-lettered', { consumer, deadLetterId: id, eventId: message?.id, type: message?.type, attempts: attempt, error: lastError });
    await publishConfirmed(this.channel, '', deadLetterQueue(this.topology, consumer), delivery.content, {
      ...carried(delivery),
      headers: {
        [headers.attempt]: attempt,
        [headers.lastError]: lastError,
        [headers.deadLetterId]: id,
        [headers.deadAt]: new Date().toISOString(),
        [headers.consumer]: consumer,
      },
    });
    this.channel.ack(delivery);
  }
}

function attemptOf(delivery: ConsumeMessage): number {
  const value = Number(delivery.properties.headers?.[headers.attempt] ?? 1);
  return Number.isInteger(value) && value >= 1 ? value : 1;
}

/** The properties a moved message keeps; the headers are rewritten, which drops the broker's `x-death` history. */
function carried(delivery: ConsumeMessage) {
  const { messageId, type, contentType } = delivery.properties as { messageId?: string; type?: string; contentType?: string };
  return { persistent: true, ...(messageId ? { messageId } : {}), ...(type ? { type } : {}), ...(contentType ? { contentType } : {}) };
}
