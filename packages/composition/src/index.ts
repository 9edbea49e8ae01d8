// Public API of @los/composition: what the API and the worker share to build their containers.

/**
 * Parses and validates the environment.
 * @example const parsed = parseConfig(process.env); if (!parsed.ok) { console.error(parsed.errors.join('\n')); process.exit(1); }
 */
export { parseConfig, type Config, type ConfigErrors } from './config.js';
/**
 * The service identifiers of every binding.
 * @example container.get(ids.ApplyForLoan)
 */
export { ids } from './service-ids.js';
/**
 * pino with PII and secrets redacted.
 * @example const logger = createLogger({ level: 'info', name: 'api' })
 */
export { createLogger, type Logger } from './logger.js';
/**
 * Connects database, bus, cache and providers.
 * @example const infra = await connectInfrastructure(config, logger)
 */
export { connectInfrastructure, type Infrastructure, type Database } from './infrastructure.js';
/**
 * Builds the shared container (infrastructure + use cases).
 * @example const { container, dispose } = await buildBaseContainer(config, logger)
 */
export { buildBaseContainer, type BaseContainer } from './container.js';
/**
 * The container modules, for apps that assemble their own container.
 * @example await container.load(useCasesModule(config, secrets))
 */
export { infrastructureModule, useCasesModule, type Secrets } from './use-cases-module.js';
/**
 * Signing and hashing keys from the environment or the embedded data folder.
 * @example resolveSecrets(config).jwtSecret
 */
export { resolveSecrets } from './secrets.js';
/**
 * The embedded demo seed.
 * @example await seedDemo({ repositories, createBrand, createStaffUser })
 */
export { seedDemo, SYSTEM_ACTOR, DEMO_PASSWORD, type DemoSeed } from './seed.js';
/**
 * The ledger, documents, providers and webhook intake bindings, and their service ids.
 * @example container.get(servicingIds.ReceiveWebhook)
 */
export { servicingModule, servicingIds, DOCUMENT_LINK_PATH } from './servicing-module.js';
/**
 * Provider credentials from the environment (absent ones run on sandboxes).
 * @example parseConfig(process.env).ok && config.providers.razorpay?.keyId
 */
export type { ProviderAccounts } from './config.js';
/**
 * Decisioning bindings: sandbox fact providers, the `loan.applied` decider and the staff use cases.
 * @example container.get(decisioningIds.DecideApplication).execute(message)
 */
export { decisioningModule, decisioningIds } from './decisioning-module.js';
/**
 * The example salary-advance rule set and its activation for a brand (the demo seed uses it).
 * @example await activateDemoRuleSet(repositories, brandId, localDate('2026-11-23'), new Date())
 */
export { exampleSalaryAdvanceRuleSet, activateDemoRuleSet } from './demo-rule-set.js';

// --- loan lifecycle ---
/**
 * The bindings of a loan's life after review, and the demo CAM policy.
 * @example const useCases = container.get(lifecycleIds.UseCases);
 */
export { lifecycleModule, lifecycleIds, DEFAULT_CAM_POLICY } from './lifecycle-module.js';
/**
 * The demo brand's sanction limits and rejection reasons, written once.
 * @example await seedLifecycleDefaults(container.get(lifecycleIds.UnitOfWork), seed.brandId)
 */
export { seedLifecycleDefaults, DEMO_REJECTION_REASONS } from './seed.js';
/**
 * The servicing bindings: the `payment.received` consumer and the disbursal, schedule, ledger, quote, payment-link and manual-payment use cases.
 * @example const servicing = container.get(loanServicingIds.UseCases); await servicing.getLoanSchedule.execute({ actor, loanId });
 */
export { loanServicingModule, loanServicingIds } from './loan-servicing-module.js';

// --- customer KYC ---
/**
 * The KYC use cases over the lifecycle unit of work and the configured KYC provider.
 * @example const kyc = container.get(kycIds.UseCases); await kyc.verifyPan.execute({ actor, pan, name });
 */
export { kycModule, kycIds } from './kyc-module.js';
/** @example DEMO_KYC_SETTINGS.requiredSteps // ['PAN', 'BANK_ACCOUNT'] */
export { DEMO_KYC_SETTINGS } from './seed.js';
/**
 * Lists the documented blocked sandbox PAN (`BLKPE1234F`) on a brand's blocklist; a second run changes nothing.
 * @example await seedDemoBlocklist(container.get(decisioningIds.Blocklist), seed.brandId)
 */
export { seedDemoBlocklist, DEMO_BLOCKLISTED_PAN } from './seed.js';

// --- sessions ---
/**
 * The refresh token store, secrets and session use cases (`ids.SessionUseCases`), and the warn line a reused token writes.
 * @example const sessions = container.get(ids.SessionUseCases); await sessions.revokeSession.execute({ refreshToken });
 */
export { sessionsModule, logRefreshTokenReuse } from './sessions-module.js';
