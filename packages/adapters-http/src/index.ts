// Public API of @los/adapters-http.

/**
 * Builds the Hono app from use cases and probes.
 * @example const app = createHttpApp({ useCases, tokens, logger, healthChecks: { database: () => db.healthy() } })
 */
export { createHttpApp } from './http-app.js';
/**
 * What the app needs from the composition root.
 * @example const deps: HttpDeps = { useCases, tokens, logger, healthChecks }
 */
export type { HttpDeps, HttpUseCases, HealthCheck, DecisioningUseCases } from './http-deps.js';
/**
 * The logging the app uses (pino fits).
 * @example const logger: HttpLogger = pino()
 */
export type { HttpLogger } from './logger.js';
/**
 * Short-lived HS256 access tokens carrying the actor.
 * @example new JwtTokenService({ secret }).issue({ kind: 'customer', customerId, brandId })
 */
export { JwtTokenService, type TokenOptions } from './auth/token-service.js';
/**
 * The error body every failure uses.
 * @example { statusCode: 404, error: 'LOAN_NOT_FOUND', message: 'loan not found', requestId }
 */
export type { ErrorBody, FieldIssue } from './errors.js';

// --- loan lifecycle ---
/** @example const lifecycle: LifecycleUseCases = { getLoanDetail, saveAppraisal, recommendLoan, sanctionLoan, rejectLoan, addLoanComment, sendAgreement, getCustomerLoanDocuments, cancelLoan } */
export type { LifecycleUseCases } from './http-deps.js';
/**
 * The servicing use cases `createHttpApp` takes to serve a loan's disbursal, schedule, ledger, foreclosure quote, payment links and manual payments.
 * @example createHttpApp({ ...deps, loanServicing: { disburseLoan, getLoanSchedule, getLoanLedger, quoteForeclosure, createPaymentLink, enterManualPayment, decideManualPayment, listPayments } })
 */
export type { ServicingUseCases } from './http-deps.js';
/**
 * The blocklist use cases `createHttpApp` takes to serve /api/v1/partner/brand/:brandId/blocklist.
 * @example createHttpApp({ ...deps, blocklist: { listBlocklistEntries, addBlocklistEntry, removeBlocklistEntry } })
 */
export type { BlocklistUseCases } from './http-deps.js';
/** @example const deps: HttpDeps = { ...rest, bankStatements: { uploadBankStatement, listBankStatements } }; */
export type { BankStatementUseCases } from './http-deps.js';
/**
 * The KYC use cases `createHttpApp` takes to serve /api/v1/web/kyc and the staff KYC routes.
 * @example createHttpApp({ ...deps, kyc: { verifyPan, startAadhaarOtp, submitAadhaarOtp, verifyBankAccount, verifyEmployment, getCustomerKyc, setBrandKycSettings, getBrandKycSettings } })
 */
export type { KycUseCases, SessionUseCases } from './http-deps.js';
/** @example const collections: CollectionsUseCases = { setCollectionProfile, listMyCollectionLoans, allocateOverdueLoans } */
export type { CollectionsUseCases } from './http-deps.js';
/**
 * The provider registry use cases `createHttpApp` takes to serve /api/v1/partner/brand/:brandId/providers.
 * @example createHttpApp({ ...deps, providers: { getBrandProviders, setBrandProviders } })
 */
export type { ProviderRegistryUseCases } from './http-deps.js';
