import { createHttpApp } from '@los/adapters-http';
import { type BaseContainer, type Config, type Logger, buildBaseContainer, ids, servicingIds, decisioningIds, lifecycleIds, kycIds, loanServicingIds } from '@los/composition';
import { MetricsCollector, messagingIds, workerModule } from '@los/worker';
import type { Clock } from '@los/application';
import type { Hono } from 'hono';
import { ContainerModule } from 'inversify';
import { apiIds } from './service-ids.js';

/** Binds the HTTP app, built from the use cases; it never sees the container. */
export function httpModule(): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(apiIds.HttpApp)
      .toResolvedValue(
        (createBrand, listProducts, createStaffUser, authenticateStaff, requestOtp, verifyOtp, applyForLoan, getCustomerLoan, listBrandLoans, quoteLoan, tokens, logger, database, bus, cache, listDeadLetters, replayDeadLetter, discardDeadLetter, listJobRuns, metrics, outboxStore, clock, receiveWebhook, documents, decisioning, lifecycle, blocklist, kyc, loanServicing, bankStatements, sessions, providers) =>
          createHttpApp({
            useCases: { createBrand, listProducts, createStaffUser, authenticateStaff, requestOtp, verifyOtp, applyForLoan, getCustomerLoan, listBrandLoans, quoteLoan },
            tokens,
            logger,
            healthChecks: { database: () => database.healthy(), broker: () => bus.healthy(), cache: () => cache.healthy() },
            decisioning,
            lifecycle,
            blocklist,
            kyc,
            loanServicing,
            bankStatements,
            sessions,
            providers,
            operations: { listDeadLetters, replayDeadLetter, discardDeadLetter, listJobRuns },
            servicing: { receiveWebhook, documents, now: () => clock.now() },
            metrics: ((collector) => () => collector.scrape())(new MetricsCollector({ metrics, outboxStore, bus, database, clock })),
          }) as unknown as Hono<never>,
        [
          ids.CreateBrand,
          ids.ListProducts,
          ids.CreateStaffUser,
          ids.AuthenticateStaff,
          ids.RequestOtp,
          ids.VerifyOtp,
          ids.ApplyForLoan,
          ids.GetCustomerLoan,
          ids.ListBrandLoans,
          ids.QuoteLoan,
          ids.TokenService,
          ids.Logger,
          ids.Database,
          ids.EventBus,
          ids.Cache,
          messagingIds.ListDeadLetters,
          messagingIds.ReplayDeadLetter,
          messagingIds.DiscardDeadLetter,
          messagingIds.ListJobRuns,
          messagingIds.Metrics,
          ids.OutboxStore,
          ids.Clock,
          servicingIds.ReceiveWebhook,
          servicingIds.DocumentStore,
          decisioningIds.UseCases,
          lifecycleIds.UseCases,
          decisioningIds.BlocklistUseCases,
          kycIds.UseCases,
          loanServicingIds.UseCases,
          decisioningIds.BankStatementUseCases,
          ids.SessionUseCases,
          servicingIds.ProviderRegistryUseCases,
        ],
      )
      .inSingletonScope();
  });
}

/**
 * The API process's container. In embedded mode (`withWorker`) it also carries the worker runtime, so one
 * process serves HTTP and runs consumers and the relay.
 */
export async function buildApiContainer(config: Config, logger: Logger, options: { readonly withWorker: boolean; readonly clock?: Clock }): Promise<BaseContainer> {
  const base = await buildBaseContainer(config, logger, options.clock ? { clock: options.clock } : {});
  await base.container.load(httpModule(), ...(options.withWorker ? [workerModule(config)] : []));
  // Without the worker the API only needs the broker for health; connect it now. With the worker, the
  // runtime starts the bus after subscribing its consumers.
  if (!options.withWorker) await base.infrastructure.bus.start();
  return base;
}
