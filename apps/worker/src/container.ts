import { type BaseContainer, type Config, type Logger, buildBaseContainer, ids } from '@los/composition';
import { ContainerModule } from 'inversify';
import { workerIds } from './service-ids.js';
import { WorkerRuntime } from './worker-runtime.js';

/** Binds the worker's runtime (consumers + outbox relay) onto a container that has the shared modules. */
export function workerModule(config: Config): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(workerIds.WorkerRuntime)
      .toResolvedValue(
        (bus, relay, screenApplication, logger) =>
          new WorkerRuntime({ bus, relay, screenApplication, logger, relayIntervalMs: config.relay.intervalMs, relayBatchSize: config.relay.batchSize }),
        [ids.EventBus, ids.RelayOutbox, ids.ScreenApplication, ids.Logger],
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
