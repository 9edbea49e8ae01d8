import type { ChannelModel } from 'amqplib';
import type { QueueDepth } from '@los/application';
import { consumerQueue, deadLetterQueue, type AmqpTopology } from './amqp-topology.js';

/**
 * Reads the ready-message counts of consumers' queues and dead-letter queues with passive declares. A
 * passive declare of a missing queue closes its channel (404), so each check gets a throwaway channel
 * and a consumer whose queue does not exist is left out.
 */
export async function readQueueDepths(connection: ChannelModel, topology: AmqpTopology, consumers: readonly string[]): Promise<QueueDepth[]> {
  const depths: QueueDepth[] = [];
  for (const consumer of consumers) {
    const ready = await messageCount(connection, consumerQueue(topology, consumer));
    if (ready === null) continue;
    depths.push({ consumer, ready, deadLetters: (await messageCount(connection, deadLetterQueue(topology, consumer))) ?? 0 });
  }
  return depths;
}

async function messageCount(connection: ChannelModel, queue: string): Promise<number | null> {
  const channel = await connection.createChannel();
  let notFound = false;
  channel.on('error', (error: { code?: unknown }) => {
    if (error.code === 404) notFound = true;
  });
  try {
    return (await channel.checkQueue(queue)).messageCount;
  } catch (error) {
    if (notFound) return null;
    throw error;
  } finally {
    await channel.close().catch(() => undefined);
  }
}
