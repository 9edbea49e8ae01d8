import type { Metrics, Subscription } from '@los/application';

/**
 * Counts a consumer's deliveries: handled, failed and retried, or failed at the last attempt (which the
 * bus then dead-letters). The handler's behaviour is unchanged: its errors still reach the bus.
 */
export function instrumentSubscription(subscription: Subscription, metrics: Metrics, maxAttempts: number): Subscription {
  const labels = { consumer: subscription.consumer };
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
