import type { Metrics, Subscription } from '@los/application';

/**
 * Counts a consumer's deliveries: handled, failed and retried, or failed at the last attempt (which the
 * bus then dead-letters). The handler's behaviour is unchanged: its errors still reach the bus.
 */
export function instrumentSubscription(subscription: Subscription, metrics: Metrics, maxAttempts: number): Subscription {
  const labels = { consumer: subscription.consumer };
  // Series exist from the start, so `increase(...)` alerts see the first failure rather than a new series.
  for (const name of ['los_events_consumed_total', 'los_event_retries_total', 'los_events_dead_lettered_total']) metrics.increment(name, labels, 0);
  return {
    consumer: subscription.consumer,
    eventTypes: subscription.eventTypes,
    async handle(message, delivery) {
      try {
        await subscription.handle(message, delivery);
      } catch (error) {
        metrics.increment(delivery.attempt >= maxAttempts ? 'los_events_dead_lettered_total' : 'los_event_retries_total', labels);
        throw error;
      }
      metrics.increment('los_events_consumed_total', labels);
    },
  };
}
