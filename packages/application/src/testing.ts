// @los/application/testing: fakes and the contract suites every adapter of a port runs.

// --- fakes ---
/**
 * An empty in-memory database: plain repositories, a unit of work (one at a time; a throw leaves
 * nothing) and the outbox relay's store. `clock` stamps published messages.
 * @example
 * const { repositories, unitOfWork, outboxStore } = createInMemoryStore({ clock: new FixedClock('2026-03-01T09:00:00Z') });
 */
export { createInMemoryStore, type InMemoryStore } from './testing/fakes/create-in-memory-store.js';
/**
 * The in-memory tables behind a store, for wiring the fakes by hand.
 * @example
 * const tables = new InMemoryTables(); const uow = new InMemoryUnitOfWork(tables);
 */
export { InMemoryTables } from './testing/fakes/in-memory-tables.js';
/**
 * The repositories over one set of in-memory tables (live, or a transaction's copy).
 * @example
 * const { loans, outbox } = new InMemoryRepositories(new InMemoryTables());
 */
export { InMemoryRepositories } from './testing/fakes/in-memory-repositories.js';
/**
 * Transactions over in-memory tables: work on a copy, commit atomically, nothing on a throw.
 * @throws ConcurrencyConflictError at commit when a loan it saved was changed outside it meanwhile.
 * @example
 * await new InMemoryUnitOfWork(tables).run(async ({ loans }) => loans.add(loan));
 */
export { InMemoryUnitOfWork } from './testing/fakes/in-memory-unit-of-work.js';
/**
 * The relay's side of the in-memory outbox: claims, publishes, marks on success.
 * @example
 * await new InMemoryOutboxStore(tables, clock).publishPending(100, (messages) => bus.publish(messages));
 */
export { InMemoryOutboxStore } from './testing/fakes/in-memory-outbox-store.js';
/**
 * Per-port in-memory repositories, as `InMemoryRepositories` composes them.
 * @example
 * const loans = new InMemoryLoanRepository(new InMemoryTables());
 */
export { InMemoryBrandRepository } from './testing/fakes/in-memory-brand-repository.js';
/** @example const staff = new InMemoryStaffRepository(new InMemoryTables()); */
export { InMemoryStaffRepository } from './testing/fakes/in-memory-staff-repository.js';
/** @example const customers = new InMemoryCustomerRepository(new InMemoryTables()); */
export { InMemoryCustomerRepository } from './testing/fakes/in-memory-customer-repository.js';
/** @example const loans = new InMemoryLoanRepository(new InMemoryTables()); */
export { InMemoryLoanRepository } from './testing/fakes/in-memory-loan-repository.js';
/** @example await new InMemoryOutbox(tables).append([message]); */
export { InMemoryOutbox } from './testing/fakes/in-memory-outbox.js';
/** @example await new InMemoryProcessedMessages(tables).markProcessed('ledger', eventId, clock.now()); // true once */
export { InMemoryProcessedMessages } from './testing/fakes/in-memory-processed-messages.js';
/**
 * A clock that stands still: `set` jumps, `advance(ms)` moves it on.
 * @example
 * const clock = new FixedClock('2026-03-01T09:00:00Z'); clock.advance(60_000);
 */
export { FixedClock } from './testing/fakes/fixed-clock.js';
/**
 * UUID-shaped sequential ids (`00000000-0000-4000-8000-000000000001`, …); a namespace keeps two apart.
 * @example
 * const ids = new SequentialIdGenerator(); ids.next();
 */
export { SequentialIdGenerator } from './testing/fakes/sequential-id-generator.js';

// --- contracts: repositories and unit of work ---
/**
 * The repositories, unit of work and outbox contract suite; `create` returns a fresh empty store.
 * @example
 * describeRepositoriesContract({ name: 'in-memory', create: async () => ({ ...createInMemoryStore(), close: async () => undefined }) });
 */
export {
  describeRepositoriesContract,
  type RepositoriesContractOptions,
  type RepositoriesFixture,
} from './testing/contracts/repositories.contract.js';

// --- contracts: event bus ---
/**
 * The EventBus contract suite: routing, fan-out, order, retries with backoff, dead letters, close.
 * @example describeEventBusContract({ name: 'in-process', create: ({ maxAttempts, baseDelayMs }) => new InProcessEventBus({ maxAttempts, baseDelayMs }) })
 */
export {
  describeEventBusContract,
  type EventBusContractOptions,
  type EventBusContractSettings,
} from './testing/contracts/event-bus.contract.js';

// --- contracts: cache ---
/**
 * The Cache contract suite: get/set/delete, expiry, fixed-window increment, health.
 * @example describeCacheContract({ name: 'memory', create: () => { let t = 0; return { cache: new InMemoryCache({ now: () => t }), advance: async (ms) => { t += ms; } }; } })
 */
export { describeCacheContract, type CacheContractOptions, type CacheFixture } from './testing/contracts/cache.contract.js';

// --- contracts: providers ---
/**
 * The MessageSender contract suite.
 * @example describeMessageSenderContract({ name: 'sandbox', create: async () => ({ sender, delivered }) })
 */
export { describeMessageSenderContract, type MessageSenderFixture } from './testing/contracts/message-sender.contract.js';

// --- contracts: documents ---
/**
 * The DocumentStore contract suite: round trip, unknown keys, signed-link expiry and tampering, key escapes.
 * @example describeDocumentStoreContract({ name: 'local folder', create: () => new LocalFolderDocumentStore({ root, secret }) })
 */
export { describeDocumentStoreContract, type DocumentStoreContractOptions } from './testing/contracts/document-store.contract.js';

// --- contracts: jobs ---
/**
 * In-memory leadership: candidates of one lock compete, `kill` drops the holder as a crash would.
 * @example const lock = new InMemoryLeaderLock(); const a = lock.candidate(); await a.tryAcquire(); // true
 */
export { InMemoryLeaderLock, InMemoryLeaderElection } from './testing/fakes/in-memory-leader-election.js';
/** @example const jobRuns = new InMemoryJobRunStore(); await jobRuns.lastStartedAt('outbox-pruning'); // null */
export { InMemoryJobRunStore } from './testing/fakes/in-memory-job-run-store.js';
/** @example const metrics = new RecordingMetrics(); metrics.increment('x_total'); metrics.value('x_total'); // 1 */
export { RecordingMetrics } from './testing/fakes/recording-metrics.js';
/**
 * The LeaderElection contract suite.
 * @example describeLeaderElectionContract({ name: 'memory', create: async () => { const lock = new InMemoryLeaderLock(); return { candidate: () => lock.candidate(), kill: async (c) => lock.kill(c as InMemoryLeaderElection), close: async () => undefined }; } })
 */
export { describeLeaderElectionContract, type LeaderElectionContractOptions, type LeaderElectionFixture } from './testing/contracts/leader-election.contract.js';
/**
 * The JobRunStore contract suite.
 * @example describeJobRunStoreContract({ name: 'memory', create: async () => ({ store: new InMemoryJobRunStore(), close: async () => undefined }) })
 */
export { describeJobRunStoreContract, type JobRunStoreContractOptions } from './testing/contracts/job-run-store.contract.js';

// --- servicing infrastructure (ledger, providers, webhooks) ---
/**
 * The ledger in memory, append-only.
 * @example const ledger = new InMemoryLedgerRepository(); await ledger.append([entry]);
 */
export { InMemoryLedgerRepository } from './testing/fakes/in-memory-ledger-repository.js';
/** @example new InMemoryLoanServicingRepository(new InMemoryLifecycleTables()) */
export { InMemoryLoanServicingRepository } from './testing/fakes/in-memory-loan-servicing-repository.js';
/**
 * The webhook inbox in memory, with the outbox messages it appended in `outbox`.
 * @example const inbox = new InMemoryWebhookInbox(); await inbox.record(receipt, events); inbox.outbox.length
 */
export { InMemoryWebhookInbox } from './testing/fakes/in-memory-webhook-inbox.js';
/**
 * The LedgerRepository contract: exact read-back, no replaced entries, reversals net to zero, brand scoping.
 * @example describeLedgerRepositoryContract({ name: 'PGlite', create: async () => ({ ledger: new PgLedgerRepository(db) }) })
 */
export { describeLedgerRepositoryContract, type LedgerRepositoryContractOptions } from './testing/contracts/ledger-repository.contract.js';
/**
 * The WebhookInbox contract: once per (provider, event id), even concurrently, with its outbox events.
 * @example describeWebhookInboxContract({ name: 'PGlite', create: async () => ({ inbox: new PgWebhookInbox(db), outboxIds }) })
 */
export { describeWebhookInboxContract, type WebhookInboxContractOptions } from './testing/contracts/webhook-inbox.contract.js';
/**
 * The PaymentGateway contract: links, verified payment callbacks with exact amounts, tamper refusal.
 * @example describePaymentGatewayContract({ name: 'Razorpay stub', create: async () => ({ gateway, pay, now }) })
 */
export { describePaymentGatewayContract, type PaymentGatewayContractOptions } from './testing/contracts/payment-gateway.contract.js';
/**
 * The PayoutProvider contract: UTR on settlement, one transfer per idempotency key, failure reasons.
 * @example describePayoutProviderContract({ name: 'sandbox', create: async () => ({ payouts, goodAccount, closedAccount, settle, transfers }) })
 */
export { describePayoutProviderContract, type PayoutProviderContractOptions } from './testing/contracts/payout-provider.contract.js';
/**
 * The ESignProvider contract: request, signed callback, status, decline, tamper refusal.
 * @example describeESignProviderContract({ name: 'sandbox', create: async () => ({ esign, sign, now }) })
 */
export { describeESignProviderContract, type ESignProviderContractOptions } from './testing/contracts/esign-provider.contract.js';
/**
 * The KycVerifier contract over a provider's test identities.
 * @example describeKycVerifierContract({ name: 'sandbox', create: async () => ({ kyc, identities }) })
 */
export { describeKycVerifierContract, type KycVerifierContractOptions, type KycTestIdentities } from './testing/contracts/kyc-verifier.contract.js';

// --- contracts: decisioning ---
/**
 * Decisioning repositories in memory, one per port, as `InMemoryRepositories` composes them.
 * @example const ruleSets = new InMemoryRuleSetRepository(new InMemoryTables());
 */
export { InMemoryRuleSetRepository } from './testing/fakes/in-memory-rule-set-repository.js';
/** @example const decisions = new InMemoryDecisionRepository(new InMemoryTables()); */
export { InMemoryDecisionRepository } from './testing/fakes/in-memory-decision-repository.js';
/** @example const applicants = new InMemoryLoanApplicantRepository(new InMemoryTables()); */
export { InMemoryLoanApplicantRepository } from './testing/fakes/in-memory-loan-applicant-repository.js';
/** @example const allocation = new InMemoryAllocationRepository(new InMemoryTables()); */
export { InMemoryAllocationRepository } from './testing/fakes/in-memory-allocation-repository.js';
/** @example const collections = new InMemoryCollectionRepository(new InMemoryTables()); */
export { InMemoryCollectionRepository } from './testing/fakes/in-memory-collection-repository.js';
/**
 * Provider stubs for decisioning tests: bureau reports and statements per PAN, a blocklist.
 * @example const sources = new StubFactSources(); sources.reports.set('ABCDE1234F', { kind: 'no-hit' });
 */
export { StubFactSources } from './testing/fakes/stub-fact-sources.js';
/**
 * A blocklist staff maintain, in memory.
 * @example const blocklist = new InMemoryBlocklist(); await blocklist.check({ brandId, phone });
 */
export { InMemoryBlocklist } from './testing/fakes/in-memory-blocklist.js';
/**
 * The blocklist contract: entries unique per brand, kind and value; newest-first pages; hits per identifier.
 * @example describeBlocklistContract({ name: 'in-memory', create: async () => ({ blocklist: new InMemoryBlocklist(), brandIds: [a, b], close: async () => undefined }) });
 */
export { describeBlocklistContract, type BlocklistContractOptions } from './testing/contracts/blocklist.contract.js';
/**
 * The credit bureau contract: a file normalised (score 300-900, whole counts, tradelines with exact overdue
 * money, reported no later than the pull), no file as no-hit, an unreachable bureau throwing.
 * @example describeCreditBureauContract({ name: 'sandbox', create: async () => ({ bureau: new SandboxCreditBureau(), identities }) });
 */
export { describeCreditBureauContract, type CreditBureauContractOptions, type CreditBureauTestIdentities } from './testing/contracts/credit-bureau.contract.js';
/**
 * The decisioning repositories contract: rule set versions, decisions, applicants, allocation (including
 * the brand lock that serialises concurrent allocators).
 * @example describeDecisioningContract({ name: 'in-memory', create: async () => ({ ...createInMemoryStore(), close: async () => undefined }) });
 */
export { describeDecisioningContract } from './testing/contracts/decisioning.contract.js';
/**
 * The collections contract: profiles, overdue loads and the allocation use case, including two runs at once.
 * @example describeCollectionsContract({ name: 'in-memory', create: async () => { const store = createInMemoryStore(); return { ...store, lifecycleUnitOfWork: new InMemoryLifecycleUnitOfWork(store.unitOfWork), close: async () => undefined }; } });
 */
export { describeCollectionsContract } from './testing/contracts/collections.contract.js';

// --- loan lifecycle ---
/**
 * Lifecycle records in memory, committed with the in-memory unit of work they wrap.
 * @example const unitOfWork = new InMemoryLifecycleUnitOfWork(new InMemoryUnitOfWork(tables));
 */
export { InMemoryLifecycleUnitOfWork } from './testing/fakes/in-memory-lifecycle-unit-of-work.js';
/** @example new InMemoryLoanLifecycleRepository(new InMemoryLifecycleTables()) */
export { InMemoryLoanLifecycleRepository } from './testing/fakes/in-memory-loan-lifecycle-repository.js';
/** @example new InMemoryLifecycleTables().copy() */
export { InMemoryLifecycleTables } from './testing/fakes/in-memory-lifecycle-tables.js';
/**
 * The lifecycle store contract: CAM versions, comments, timeline, limits and reasons, brand scope, rollback.
 * @example describeLoanLifecycleContract({ name: 'pglite', create: async () => ({ unitOfWork }) })
 */
export { describeLoanLifecycleContract, type LoanLifecycleContractOptions } from './testing/contracts/loan-lifecycle.contract.js';
/**
 * The servicing store contract (schedules, payments, links; rolled back with the ledger).
 * @example describeLoanServicingContract({ name: 'pglite', create: async () => ({ unitOfWork }) })
 */
export { describeLoanServicingContract, type LoanServicingContractOptions } from './testing/contracts/loan-servicing.contract.js';
/**
 * The day-end close over a store: accrual once on the due date, overdue and cure, excess applied, resumable.
 * @example describeDayEndCloseContract({ name: 'pglite', create: async () => ({ unitOfWork, close }) })
 */
export { describeDayEndCloseContract, type DayEndCloseContractOptions } from './testing/contracts/day-end-close.contract.js';
/**
 * Seeds a loan disbursed on a date (its own brand, schedule fixed, disbursal posted), and books payments on it.
 * @example const loan = await seedDisbursedLoan(unitOfWork, { disbursedOn: localDate('2026-01-05') }); await seedRepayment(unitOfWork, loan, '11000', on);
 */
export { seedDisbursedLoan, seedRepayment, type SeededLoan } from './testing/contracts/seed-disbursed-loan.js';
/**
 * The reminder log contract: claimed once per (loan, due date, kind), sent, failed and stale claims claimed again.
 * @example describeReminderLogContract({ name: 'pglite', create: async () => ({ log: new PgReminderLog(db) }) })
 */
export { describeReminderLogContract, type ReminderLogContractOptions } from './testing/contracts/reminder-log.contract.js';
/** @example const log = new InMemoryReminderLog(); await log.claim(reminder, now) // true, then false */
export { InMemoryReminderLog } from './testing/fakes/in-memory-reminder-log.js';
/**
 * The KYC store contract: exact round trip, versioned saves, verified account only when VERIFIED, brand scope, rollback.
 * @example describeCustomerKycRepositoryContract({ name: 'pglite', create: async () => ({ unitOfWork }) })
 */
export { describeCustomerKycRepositoryContract, type CustomerKycRepositoryContractOptions } from './testing/contracts/customer-kyc-repository.contract.js';
/** @example const repo = new InMemoryCustomerKycRepository(new InMemoryKycTables()); */
export { InMemoryCustomerKycRepository } from './testing/fakes/in-memory-customer-kyc-repository.js';
/** @example new InMemoryKycTables().copy() */
export { InMemoryKycTables } from './testing/fakes/in-memory-kyc-tables.js';
/** @example const store = new InMemoryBankStatementStore(); await store.record(submission) // 'recorded' */
export { InMemoryBankStatementStore } from './testing/fakes/in-memory-bank-statement-store.js';
/**
 * The bank statement store contract: one live submission per file, settled once, exact analyses, brand scope, pending pages.
 * @example describeBankStatementStoreContract({ name: 'pglite', create: async () => ({ store: new PgBankStatementStore(db), customers, close }) })
 */
export { describeBankStatementStoreContract, type BankStatementStoreContractOptions, type StoreCustomer } from './testing/contracts/bank-statement-store.contract.js';
/**
 * The bank statement provider contract: statements taken and analysed exactly, bounces categorised, refusals at upload, failures explained.
 * @example describeBankStatementProviderContract({ name: 'sandbox', create: async () => ({ provider, statements }) })
 */
export {
  describeBankStatementProviderContract,
  type BankStatementProviderContractOptions,
  type BankStatementTestStatements,
  type TestStatement,
} from './testing/contracts/bank-statement-provider.contract.js';
/**
 * The refresh token store contract: exact records, one winner of racing rotations, whole families revoked.
 * @example describeRefreshTokenStoreContract({ name: 'memory', create: async () => ({ store: new InMemoryRefreshTokenStore(), close: async () => undefined }) })
 */
export { describeRefreshTokenStoreContract, type RefreshTokenStoreContractOptions } from './testing/contracts/refresh-token-store.contract.js';
/** @example const store = new InMemoryRefreshTokenStore(); await store.findByHash('…') // null */
export { InMemoryRefreshTokenStore } from './testing/fakes/in-memory-refresh-token-store.js';
/** @example const secrets = new CountingRefreshTokenSecrets(); secrets.generate() // 'refresh-1' */
export { CountingRefreshTokenSecrets } from './testing/fakes/counting-refresh-token-secrets.js';
/** @example const registry = new InMemoryProviderRegistry(); await registry.order(brandId, 'PAYMENT_LINKS') // null */
export { InMemoryProviderRegistry } from './testing/fakes/in-memory-provider-registry.js';
/**
 * The provider registry contract: orders per brand and capability, kept in order, replaced whole.
 * @example describeProviderRegistryContract({ name: 'memory', create: async () => ({ registry: new InMemoryProviderRegistry(), brandIds: [a, b], close: async () => undefined }) });
 */
export { describeProviderRegistryContract, type ProviderRegistryContractOptions } from './testing/contracts/provider-registry.contract.js';
