import type { ConfirmChannel, Options } from 'amqplib';

/**
 * Publishes one message and resolves when the broker confirms it (rejects on a nack or a closed
 * channel). Per-message confirms, rather than `waitForConfirms()`, keep one caller's outcome apart from
 * another's publishing on the same channel at the same time.
 */
export function publishConfirmed(channel: ConfirmChannel, exchange: string, routingKey: string, content: Buffer, options: Options.Publish): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      channel.publish(exchange, routingKey, content, { persistent: true, ...options }, (error: unknown) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve();
      });
    } catch (error) {
      // amqplib throws synchronously on a channel that is already closing.
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
