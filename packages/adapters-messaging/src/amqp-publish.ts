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

/** Rejects with `message` when `promise` has not settled within `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
