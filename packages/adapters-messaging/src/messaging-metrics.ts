import type { MetricDefinition } from './prometheus-metrics.js';

/** The metrics of events, queues, the outbox relay and scheduled jobs. Rates come from the counters (`rate()`). */
export const MESSAGING_METRICS = {
  los_events_published_total: { type: 'counter', help: 'Events the outbox relay published and the bus confirmed.' },
  los_events_consumed_total: { type: 'counter', help: 'Deliveries a consumer handled successfully (duplicates included: they are acknowledged without effect).' },
  los_event_retries_total: { type: 'counter', help: 'Failed deliveries that were scheduled for another attempt.' },
  los_events_dead_lettered_total: { type: 'counter', help: 'Deliveries that exhausted their attempts and went to the dead-letter queue.' },
  los_queue_depth: { type: 'gauge', help: 'Messages waiting in a consumer queue.' },
  los_dead_letters: { type: 'gauge', help: 'Messages in a consumer dead-letter queue.' },
  los_outbox_pending: { type: 'gauge', help: 'Outbox events not yet published.' },
  los_outbox_lag_seconds: { type: 'gauge', help: 'Age of the oldest unpublished outbox event (relay lag).' },
  los_relay_failures_total: { type: 'counter', help: 'Relay passes that failed (broker or database unavailable).' },
  los_job_runs_total: { type: 'counter', help: 'Scheduled job runs, by job and outcome.' },
  los_scheduler_leader: { type: 'gauge', help: '1 when this worker is the scheduler leader.' },
  los_dependency_up: { type: 'gauge', help: '1 when a dependency (database, broker) answers.' },
} as const satisfies Readonly<Record<string, MetricDefinition>>;

/** A metric name of {@link MESSAGING_METRICS}. */
export type MessagingMetric = keyof typeof MESSAGING_METRICS;
