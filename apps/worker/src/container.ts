import { type BaseContainer, type Config, type Database, type Logger, SYSTEM_ACTOR, buildBaseContainer, decisioningIds, ids, lifecycleIds, loanServicingIds } from '@los/composition';
import { type Clock, CompleteSignature, type EventBus, type LeaderElection, type OutboxStore, type RelayOutbox, type RunDueJobs, type Subscription } from '@los/application';
import { ContainerModule } from 'inversify';
import { JobScheduler } from './job-scheduler.js';
import { MetricsCollector, type RenderableMetrics } from './metrics-collector.js';
import { messagingIds, workerIds } from './service-ids.js';
import { WorkerRuntime } from './worker-runtime.js';

/** Binds the worker's runtime (consumers + outbox relay) onto a container that has the shared modules. */
export function workerModule(config: Config): ContainerModule {
  return new ContainerModule(({ bind }) => {
    // Consumers are multi-bound to ids.Subscription: a module adds its consumer without touching this one.
    // Decisions are idempotent through the shared helper: the processed-message record commits with the decision.
    bind(ids.Subscription)
      .toResolvedValue(
        (decideApplication, logger) =>
          decideApplication.subscription((message, outcome, delivery) =>
            logger.debug({ eventId: message.id, loanId: message.aggregateId, attempt: delivery.attempt, outcome }, 'loan.applied handled'),
          ),
        [decisioningIds.DecideApplication, ids.Logger],
      )
      .inSingletonScope();
    bind(ids.Subscription)
      .toResolvedValue(
        (completeSignature, logger) => ({
          consumer: CompleteSignature.consumer,
          eventTypes: ['esign.completed', 'esign.declined', 'esign.expired'],
          handle: async (message, delivery) => {
            const outcome = await completeSignature.execute(message);
            logger.debug({ eventId: message.id, loanId: message.aggregateId, attempt: delivery.attempt, outcome }, `${message.type} handled`);
          },
        }),
        [lifecycleIds.CompleteSignature, ids.Logger],
      )
      .inSingletonScope();
    // A sanctioned loan's agreement goes out at once; staff can send it again on demand after an expiry.
    bind(ids.Subscription)
      .toResolvedValue(
        (lifecycle, logger) => ({
          consumer: 'loan-agreement-on-sanction',
          eventTypes: ['loan.sanctioned'],
          handle: async (message, delivery) => {
            const result = await lifecycle.sendAgreement.execute({ actor: SYSTEM_ACTOR, brandId: message.brandId, loanId: message.aggregateId });
            // Already sent (on demand, or by an earlier delivery) or cancelled meanwhile: nothing left to do.
            if (!result.ok && result.error.code !== 'TRANSITION_REFUSED') throw new Error(`agreement for loan ${message.aggregateId} not sent: ${result.error.code}`);
            logger.debug({ eventId: message.id, loanId: message.aggregateId, attempt: delivery.attempt, sent: result.ok }, 'loan.sanctioned handled');
          },
        }),
        [lifecycleIds.UseCases, ids.Logger],
      )
      .inSingletonScope();
    // A closed loan's NOC is rendered, stored and recorded once; the customer's SMS follows its own event.
    bind(ids.Subscription)
      .toResolvedValue(
        (issueNoc, logger) => issueNoc.subscription((message, outcome, delivery) => logger.debug({ eventId: message.id, loanId: message.aggregateId, attempt: delivery.attempt, outcome }, 'loan.closed handled')),
        [lifecycleIds.IssueNoc, ids.Logger],
      )
      .inSingletonScope();
    bind(ids.Subscription)
      .toResolvedValue(
        (notify, logger) => notify.subscription((message, outcome, delivery) => logger.debug({ eventId: message.id, loanId: message.aggregateId, attempt: delivery.attempt, outcome }, 'loan.noc_issued handled')),
        [lifecycleIds.NotifyNocIssued, ids.Logger],
      )
      .inSingletonScope();
    // Gateway payments are recorded once per payment id and booked by the waterfall in the processed-message transaction.
    bind(ids.Subscription)
      .toResolvedValue((recordGatewayPayment) => recordGatewayPayment.subscription(), [loanServicingIds.RecordGatewayPayment])
      .inSingletonScope();
    bind(workerIds.JobScheduler)
      .toResolvedValue(
        (runDueJobs: RunDueJobs, leader: LeaderElection, logger: Logger, metrics: RenderableMetrics) => new JobScheduler({ runDueJobs, leader, logger, metrics, tickMs: config.jobs.tickMs }),
        [messagingIds.RunDueJobs, messagingIds.LeaderElection, ids.Logger, messagingIds.Metrics],
      )
      .inSingletonScope();
    bind(workerIds.MetricsCollector)
      .toResolvedValue(
        (metrics: RenderableMetrics, outboxStore: OutboxStore, bus: EventBus, database: Database, clock: Clock, leader: LeaderElection) =>
          new MetricsCollector({ metrics, outboxStore, bus, database, clock, leader }),
        [messagingIds.Metrics, ids.OutboxStore, ids.EventBus, ids.Database, ids.Clock, messagingIds.LeaderElection],
      )
      .inSingletonScope();
    bind(workerIds.WorkerRuntime)
      .toResolvedValue(
        (bus: EventBus, relay: RelayOutbox, subscriptions: Subscription[], logger: Logger, metrics: RenderableMetrics, scheduler: JobScheduler) =>
          new WorkerRuntime({
            bus,
            relay,
            subscriptions,
            logger,
            metrics,
            scheduler,
            maxAttempts: config.retry.maxAttempts,
            relayIntervalMs: config.relay.intervalMs,
            relayBatchSize: config.relay.batchSize,
          }),
        [ids.EventBus, ids.RelayOutbox, { serviceIdentifier: ids.Subscription, isMultiple: true }, ids.Logger, messagingIds.Metrics, workerIds.JobScheduler],
      )
      .inSingletonScope();
  });
}

/** The worker process's container. */
export async function buildWorkerContainer(config: Config, logger: Logger): Promise<BaseContainer> {
  const base = await buildBaseContainer(config, logger);
  await base.container.load(workerModule(config));
  return base;
}
