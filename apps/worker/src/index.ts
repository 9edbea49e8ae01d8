// @los/worker: the worker's runtime and container, also used by the embedded single-process start.

/**
 * Consumers and the outbox relay loop.
 * @example const runtime = container.get(workerIds.WorkerRuntime); await runtime.start();
 */
export { WorkerRuntime, type WorkerRuntimeDeps } from './worker-runtime.js';
/**
 * The worker's container pieces.
 * @example await container.load(workerModule(config))
 */
export { workerModule, buildWorkerContainer } from './container.js';
/**
 * The worker's service identifiers, and those of the shared events-and-jobs bindings.
 * @example container.get(workerIds.WorkerRuntime); container.get(messagingIds.ListDeadLetters)
 */
export { workerIds, messagingIds } from './service-ids.js';
/**
 * The scheduler loop: each tick tries to lead and runs the due jobs.
 * @example const tick = await container.get(workerIds.JobScheduler).tickOnce(); // { leader: true, runs: [...] }
 */
export { JobScheduler, type JobSchedulerDeps } from './job-scheduler.js';
/**
 * Refreshes gauges at scrape time and renders Prometheus text; reports database and broker health.
 * @example const text = await container.get(workerIds.MetricsCollector).scrape();
 */
export { MetricsCollector, type MetricsCollectorDeps, type RenderableMetrics } from './metrics-collector.js';
/**
 * Counts a consumer's handled, retried and dead-lettered deliveries.
 * @example await bus.subscribe(instrumentSubscription(subscription, metrics, 5));
 */
export { instrumentSubscription } from './instrumented-subscription.js';
/**
 * The worker's /metrics and /health listener.
 * @example const server = await serveWorkerEndpoints({ port: 9464, host: '0.0.0.0', collector });
 */
export { serveWorkerEndpoints } from './worker-endpoints.js';
