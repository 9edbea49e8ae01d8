import type { ServiceIdentifier } from 'inversify';
import type { WorkerRuntime } from './worker-runtime.js';

/** The worker's own entry points (the shared ones are in @los/composition's `ids`). */
export const workerIds = {
  WorkerRuntime: Symbol.for('los.WorkerRuntime') as ServiceIdentifier<WorkerRuntime>,
} as const;
