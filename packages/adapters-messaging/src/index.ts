// @los/adapters-messaging: the event bus, in-process (embedded) and over RabbitMQ (production).

/**
 * The embedded event bus: per-consumer queues in memory with the broker adapter's retry and dead-letter rules.
 * @example
 * const bus = new InProcessEventBus({ maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000 });
 * await bus.subscribe({ consumer: 'mailer', eventTypes: ['loan.sanctioned'], handle: async (event) => notify(event) });
 * await bus.start();
 */
export { InProcessEventBus, type InProcessEventBusOptions } from './in-process-event-bus.js';

/**
 * The logger a bus reports retries, dead letters and connection changes to.
 * @example const logger: BusLogger = (level, message, data) => pino[level](data, message);
 */
export type { BusLogger, BusLogLevel } from './bus-logger.js';

/**
 * The production event bus over RabbitMQ: quorum queues, delay queues for backoff, a DLQ per consumer,
 * publisher confirms and reconnection.
 * @example
 * const bus = new AmqpEventBus({ url: 'amqp://guest:guest@127.0.0.1:5672', maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000 });
 * await bus.subscribe({ consumer: 'mailer', eventTypes: ['loan.sanctioned'], handle: async (event) => notify(event) });
 * await bus.start();
 */
export { AmqpEventBus, type AmqpEventBusOptions } from './amqp-event-bus.js';

/**
 * Counters and gauges rendered in the Prometheus text format for `/metrics`; every metric is declared up front.
 * @throws RangeError when a metric name was not declared, TypeError when a counter is set or a gauge incremented.
 * @example
 * const metrics = new PrometheusMetrics(MESSAGING_METRICS);
 * metrics.increment('los_events_published_total', {}, 10);
 * const text = metrics.render();
 */
export { PrometheusMetrics, type MetricDefinition } from './prometheus-metrics.js';

/**
 * The declared metrics of events, queues, the relay and jobs.
 * @example metrics.set('los_outbox_lag_seconds', backlog.oldestAgeMs / 1000);
 */
export { MESSAGING_METRICS, type MessagingMetric } from './messaging-metrics.js';
