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
 * The worker's service identifiers.
 * @example container.get(workerIds.WorkerRuntime)
 */
export { workerIds } from './service-ids.js';
