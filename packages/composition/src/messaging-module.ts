import { hostname } from 'node:os';
import {
  type Clock,
  CloseDay,
  DiscardDeadLetter,
  DispatchReminders,
  type EventBus,
  type IdGenerator,
  type JobRunStore,
  type LeaderElection,
  type LifecycleUnitOfWork,
  type MessageSender,
  ListDeadLetters,
  ListJobRuns,
  type OutboxStore,
  PruneOutbox,
  PruneSessions,
  type ReminderLog,
  ReplayDeadLetter,
  RunDueJobs,
  type ScheduledJob,
  standardJobs,
  ReconcileDisbursals,
  type Repositories,
  AllocateOverdueLoans,
  type RefreshBankStatements,
  type RefreshTokenStore,
} from '@los/application';
import type { ServicingUseCases } from '@los/adapters-http';
import { MESSAGING_METRICS, PrometheusMetrics } from '@los/adapters-messaging';
import { PgJobRunStore, PgLeaderElection, PgReminderLog } from '@los/adapters-postgres';
import { ContainerModule, type ServiceIdentifier } from 'inversify';
import type { Config } from './config.js';
import type { Database } from './infrastructure.js';
import { decisioningIds } from './decisioning-module.js';
import { lifecycleIds } from './lifecycle-module.js';
import { loanServicingIds } from './loan-servicing-module.js';
import { ids } from './service-ids.js';

const id = <T>(name: string) => Symbol.for(`los.${name}`) as ServiceIdentifier<T>;

/**
 * The bindings of events and jobs: job run records, scheduler leadership, metrics, the standard jobs and
 * the dead-letter and job-run operations. The keys are global (`Symbol.for`), so an app can name them
 * without importing this file.
 */
export const messagingIds = {
  JobRunStore: id<JobRunStore>('JobRunStore'),
  ReminderLog: id<ReminderLog>('ReminderLog'),
  LeaderElection: id<LeaderElection>('LeaderElection'),
  Metrics: id<PrometheusMetrics>('Metrics'),
  ScheduledJobs: id<ScheduledJob[]>('ScheduledJobs'),
  RunDueJobs: id<RunDueJobs>('RunDueJobs'),
  PruneOutbox: id<PruneOutbox>('PruneOutbox'),
  ListDeadLetters: id<ListDeadLetters>('ListDeadLetters'),
  ReplayDeadLetter: id<ReplayDeadLetter>('ReplayDeadLetter'),
  DiscardDeadLetter: id<DiscardDeadLetter>('DiscardDeadLetter'),
  ListJobRuns: id<ListJobRuns>('ListJobRuns'),
} as const;

/** This process, as job run records name it. */
const runner = `${hostname()}:${process.pid}`;

/** Binds the events-and-jobs area onto a container that has the infrastructure and the clock. */
export function messagingModule(config: Config): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(messagingIds.JobRunStore)
      .toResolvedValue((database: Database) => new PgJobRunStore(database.db), [ids.Database])
      .inSingletonScope();
    bind(messagingIds.ReminderLog)
      .toResolvedValue((database: Database) => new PgReminderLog(database.db), [ids.Database])
      .inSingletonScope();
    // Resolved only by the worker: the API never opens the leader's dedicated connection.
    bind(messagingIds.LeaderElection)
      .toResolvedValue(
        () =>
          new PgLeaderElection(
            config.database.kind === 'postgres' ? { kind: 'postgres', url: config.database.url, lockName: `${config.namespace}.scheduler` } : { kind: 'pglite' },
          ),
        [],
      )
      .inSingletonScope()
      .onDeactivation((leader) => leader.release());
    bind(messagingIds.Metrics).toConstantValue(new PrometheusMetrics(MESSAGING_METRICS));
    bind(messagingIds.PruneOutbox)
      .toResolvedValue((outboxStore: OutboxStore, clock: Clock) => new PruneOutbox({ outboxStore, clock, retentionHours: config.jobs.pruneAfterHours }), [ids.OutboxStore, ids.Clock])
      .inSingletonScope();
    bind(messagingIds.ScheduledJobs)
      .toResolvedValue(
        (pruneOutbox: PruneOutbox, unitOfWork: LifecycleUnitOfWork, clock: Clock, idGen: IdGenerator, reminders: ReminderLog, sender: MessageSender, repositories: Repositories, servicing: ServicingUseCases, refreshBankStatements: RefreshBankStatements, refreshTokens: RefreshTokenStore) =>
          standardJobs(
            {
              pruneOutbox,
              dispatchReminders: new DispatchReminders({ unitOfWork, reminders, sender, clock, timeZone: config.timeZone }),
              closeDay: new CloseDay({ unitOfWork, clock, ids: idGen, timeZone: config.timeZone }),
              reconcileDisbursals: new ReconcileDisbursals({ loans: repositories.loans, disburseLoan: servicing.disburseLoan }),
              allocateOverdueLoans: new AllocateOverdueLoans({ unitOfWork, ids: idGen, clock, timeZone: config.timeZone }),
              refreshBankStatements,
              pruneSessions: new PruneSessions({ store: refreshTokens, clock, retentionHours: config.jobs.pruneAfterHours }),
            },
            { reminderEveryMs: config.jobs.reminderEveryMs, dayEndCloseAt: config.jobs.dayEndCloseAt, timeZone: config.timeZone, pruneEveryMs: config.jobs.pruneEveryMs },
          ),
        [messagingIds.PruneOutbox, lifecycleIds.UnitOfWork, ids.Clock, ids.IdGenerator, messagingIds.ReminderLog, ids.MessageSender, ids.Repositories, loanServicingIds.UseCases, decisioningIds.RefreshBankStatements, ids.RefreshTokenStore],
      )
      .inSingletonScope();
    bind(messagingIds.RunDueJobs)
      .toResolvedValue(
        (leader: LeaderElection, jobRuns: JobRunStore, clock: Clock, idGen: IdGenerator, jobs: ScheduledJob[]) => new RunDueJobs({ leader, jobRuns, clock, ids: idGen, jobs, runner }),
        [messagingIds.LeaderElection, messagingIds.JobRunStore, ids.Clock, ids.IdGenerator, messagingIds.ScheduledJobs],
      )
      .inSingletonScope();
    bind(messagingIds.ListDeadLetters)
      .toResolvedValue((bus: EventBus) => new ListDeadLetters({ bus }), [ids.EventBus])
      .inSingletonScope();
    bind(messagingIds.ReplayDeadLetter)
      .toResolvedValue((bus: EventBus) => new ReplayDeadLetter({ bus }), [ids.EventBus])
      .inSingletonScope();
    bind(messagingIds.DiscardDeadLetter)
      .toResolvedValue((bus: EventBus) => new DiscardDeadLetter({ bus }), [ids.EventBus])
      .inSingletonScope();
    bind(messagingIds.ListJobRuns)
      .toResolvedValue((jobRuns: JobRunStore) => new ListJobRuns({ jobRuns }), [messagingIds.JobRunStore])
      .inSingletonScope();
  });
}
