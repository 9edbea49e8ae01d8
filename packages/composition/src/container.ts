import type { Clock } from '@los/application';
import { Container } from 'inversify';
import type { Config } from './config.js';
import { connectInfrastructure, type Infrastructure } from './infrastructure.js';
import type { Logger } from './logger.js';
import { resolveSecrets } from './secrets.js';
import { servicingModule } from './servicing-module.js';
import { infrastructureModule, useCasesModule } from './use-cases-module.js';
import { messagingModule } from './messaging-module.js';
import { decisioningModule } from './decisioning-module.js';
import { lifecycleModule } from './lifecycle-module.js';
import { kycModule } from './kyc-module.js';
import { loanServicingModule } from './loan-servicing-module.js';
import { sessionsModule } from './sessions-module.js';

/** A container with infrastructure and use cases bound; `dispose()` closes every connection. */
export interface BaseContainer {
  readonly container: Container;
  readonly infrastructure: Infrastructure;
  dispose(): Promise<void>;
}

/**
 * Connects the infrastructure the configuration names (embedded or production adapters: the same code
 * path) and loads the shared modules. Apps add their own entry points on top.
 */
export async function buildBaseContainer(config: Config, logger: Logger, options: { readonly migrate?: boolean; readonly clock?: Clock } = {}): Promise<BaseContainer> {
  const infrastructure = await connectInfrastructure(config, logger, { migrate: options.migrate ?? true });
  const container = new Container();
  try {
    await container.load(infrastructureModule(config, logger, infrastructure), useCasesModule(config, resolveSecrets(config), options.clock), messagingModule(config));
    await container.load(servicingModule(config, infrastructure, logger));
    await container.load(decisioningModule(config));
    await container.load(lifecycleModule(config));
    await container.load(kycModule());
    await container.load(loanServicingModule(config));
    await container.load(sessionsModule(config));
  } catch (error) {
    await infrastructure.close();
    throw error;
  }
  let disposed = false;
  return {
    container,
    infrastructure,
    async dispose() {
      if (disposed) return;
      disposed = true;
      // Unbinding runs the deactivation hooks, which close the bus, the cache and the database.
      await container.unbindAll();
    },
  };
}
