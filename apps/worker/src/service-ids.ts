import type { DiscardDeadLetter, JobRunStore, LeaderElection, ListDeadLetters, ListJobRuns, ReplayDeadLetter, RunDueJobs } from '@los/application';
import type { ServiceIdentifier } from 'inversify';
import type { JobScheduler } from './job-scheduler.js';
import type { MetricsCollector, RenderableMetrics } from './metrics-collector.js';
import type { WorkerRuntime } from './worker-runtime.js';

/** The worker's own entry points (the shared ones are in @los/composition's `ids` and `messagingIds`). */
export const workerIds = {
  WorkerRuntime: Symbol.for('los.WorkerRuntime') as ServiceIdentifier<WorkerRuntime>,
  JobScheduler: Symbol.for('los.JobScheduler') as ServiceIdentifier<JobScheduler>,
  MetricsCollector: Symbol.for('los.MetricsCollector') as ServiceIdentifier<MetricsCollector>,
} as const;

const shared = <T>(name: string) => Symbol.for(`los.${name}`) as ServiceIdentifier<T>;

/**
 * The events-and-jobs bindings of @los/composition's messaging module, named by the same global keys
 * (that package exports only its base `ids`).
 */
export const messagingIds = {
  JobRunStore: shared<JobRunStore>('JobRunStore'),
  LeaderElection: shared<LeaderElection>('LeaderElection'),
  Metrics: shared<RenderableMetrics>('Metrics'),
  RunDueJobs: shared<RunDueJobs>('RunDueJobs'),
  ListDeadLetters: shared<ListDeadLetters>('ListDeadLetters'),
  ReplayDeadLetter: shared<ReplayDeadLetter>('ReplayDeadLetter'),
  DiscardDeadLetter: shared<DiscardDeadLetter>('DiscardDeadLetter'),
  ListJobRuns: shared<ListJobRuns>('ListJobRuns'),
} as const;
