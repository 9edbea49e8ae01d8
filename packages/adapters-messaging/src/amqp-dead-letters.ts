import type { ChannelModel, GetMessage } from 'amqplib';
import type { DeadLetter } from '@los/application';
import type { BusLogger } from './bus-logger.js';
import { decodeEvent } from './event-codec.js';
import { publishConfirmed } from './amqp-publish.js';
import { consumerQueue, deadLetterQueue, headers, type AmqpTopology } from './amqp-topology.js';
import { consumerOfDeadLetter, errorText } from './subscription-rules.js';

/**
 * The dead-letter queues, read with `basic.get` on a channel of their own: every message fetched stays
 * unacked, so closing the channel puts back whatever was only looked at. Replay and discard ack the one
 * message they act on. Callers serialise these operations (one at a time per bus).
 */
export class AmqpDeadLetters {
  constructor(
    private readonly topology: AmqpTopology,
    private readonly logger: BusLogger,
  ) {}

  async list(connection: ChannelModel, consumers: readonly string[]): Promise<DeadLetter[]> {
    const letters: DeadLetter[] = [];
    for (const consumer of consumers) {
      if (!(await queueExists(connection, deadLetterQueue(this.topology, consumer)))) continue;
      const channel = await connection.createChannel();
      channel.on('error', () => undefined);
      try {
        for (let got = await channel.get(deadLetterQueue(this.topology, consumer)); got !== false; got = await channel.get(deadLetterQueue(this.topology, consumer))) {
          const letter = this.read(consumer, got);
          if (letter !== null) letters.push(letter);
        }
      } finally {
        await channel.close().catch(() => undefined);
      }
    }
    return letters;
  }

  /** Moves the dead letter back to its consumer's queue at attempt 1; false when there is none with that id. */
  async replay(connection: ChannelModel, id: string): Promise<boolean> {
    const consumer = consumerOfDeadLetter(id);
    if (consumer === null || !(await queueExists(connection, consumerQueue(this.topology, consumer)))) return false;
    return this.take(connection, consumer, id, async (channel, got) => {
      await publishConfirmed(channel, '', consumerQueue(this.topology, consumer), got.content, {
        ...(got.properties.messageId ? { messageId: String(got.properties.messageId) } : {}),
        ...(got.properties.type ? { type: String(got.properties.type) } : {}),
        contentType: 'application/json',
        headers: { [headers.attempt]: 1 },
      });
      this.logger('info', 'dead letter replayed', { consumer, deadLetterId: id });
    });
  }

  async discard(connection: ChannelModel, id: string): Promise<boolean> {
    const consumer = consumerOfDeadLetter(id);
    if (consumer === null) return false;
    return this.take(connection, consumer, id, async () => {
      this.logger('info', 'dead letter discarded', { consumer, deadLetterId: id });
    });
  }

  private async take(
    connection: ChannelModel,
    consumer: string,
    id: string,
    act: (channel: Awaited<ReturnType<ChannelModel['createConfirmChannel']>>, got: GetMessage) => Promise<void>,
  ): Promise<boolean> {
    const queue = deadLetterQueue(this.topology, consumer);
    if (!(await queueExists(connection, queue))) return false;
    const channel = await connection.createConfirmChannel();
    channel.on('error', () => undefined);
    try {
      for (let got = await channel.get(queue); got !== false; got = await channel.get(queue)) {
        if (got.properties.headers?.[headers.deadLetterId] !== id) continue;
        await act(channel, got);
        channel.ack(got);
        return true;
      }
      return false;
    } finally {
      await channel.close().catch(() => undefined);
    }
  }

  private read(consumer: string, got: GetMessage): DeadLetter | null {
    const h = got.properties.headers ?? {};
    try {
      return {
        id: String(h[headers.deadLetterId] ?? `${consumer}:${String(got.properties.messageId)}`),
        consumer,
        message: decodeEvent(got.content),
        attempts: Number(h[headers.attempt] ?? 0),
        lastError: String(h[headers.lastError] ?? ''),
        deadAt: String(h[headers.deadAt] ?? ''),
      };
    } catch (error) {
      this.logger('warn', 'dead letter is not an event; left in place', { consumer, error: errorText(error) });
      return null;
    }
  }
}

/** `checkQueue` closes its channel when the queue is missing (404), so it gets a throwaway one. */
async function queueExists(connection: ChannelModel, queue: string): Promise<boolean> {
  const channel = await connection.createChannel();
  let notFound = false;
  channel.on('error', (error: { code?: unknown }) => {
    if (error.code === 404) notFound = true;
  });
  try {
    await channel.checkQueue(queue);
    return true;
  } catch (error) {
    if (notFound) return false;
    throw error;
  } finally {
    await channel.close().catch(() => undefined);
  }
}
