import { type BaseContainer, type Config, type Logger, buildBaseContainer, ids } from '@los/composition';
import { type EventBus, type RelayOutbox, ScreenApplication, type Subscription } from '@los/application';
import { ContainerModule } from 'inversify';
import { workerIds } from './service-ids.js';
import { WorkerRuntime } from './worker-runtime.js';

/** Binds the worker's runtime (consumers + outbox relay) onto a container that has the shared modules. */
export function workerModule(config: Config): ContainerModule {
  return new ContainerModule(({ bind }) => {
    // Consumers are multi-bound to ids.Subscription: a module adds its consumer without touching this one.
    bind(ids.Subscription)
      .toResolvedValue(
        (screenApplication, logger) => ({
          consumer: ScreenApplication.consumer,
          eventTypes: ['loan.applied'],
          handle: async (message, delivery) => {
            const outcome = await screenApplication.execute(message);
            logger.debug({ eventId: message.id, loanId: message.aggregateId, attempt: delivery.attempt, outcome }, 'loan.applied handled');
          },
        }),
        [ids.ScreenApplication, ids.Logger],
      )
      .inSingletonScope();
    bind(workerIds.WorkerRuntime)
      .toResolvedValue(
        (bus: EventBus, relay: RelayOutbox, subscriptions: Subscription[], logger: Logger) =>
          new WorkerRuntime({ bus, relay, subscriptions, logger, relayIntervalMs: config.relay.intervalMs, relayBatchSize: config.relay.batchSize }),
        [ids.EventBus, ids.RelayOutbox, { serviceIdentifier: ids.Subscription, isMultiple: true }, ids.Logger],
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
