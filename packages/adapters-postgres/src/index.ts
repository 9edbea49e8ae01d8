// Public API of @los/adapters-postgres: PostgreSQL (pg pool) and PGlite behind one Kysely code path.

/**
 * Opens PGlite (embedded; a folder, or memory when `dataDir` is absent) or a PostgreSQL pool. `numeric`,
 * `int8` and `date` columns come back as strings on both engines.
 * @example
 * const database = await createDatabase({ kind: 'pglite', dataDir: '.los-data/db' });
 * await migrateToLatest(database.db);
 * await database.close();
 */
export { createDatabase, type Database, type DatabaseOptions } from './database.js';

/**
 * Wraps an already built Kysely instance (for example over a PGlite clone) as a `Database`.
 * @example
 * const database = databaseOf(new Kysely<DatabaseSchema>({ dialect: new PgliteDialect({ pglite }) }), 'pglite');
 */
export { databaseOf } from './database.js';

/**
 * The Kysely dialect over one PGlite instance; queries and transactions take its single connection in turn.
 * @example
 * const db = new Kysely<DatabaseSchema>({ dialect: new PgliteDialect({ pglite: await PGlite.create() }) });
 */
export { PgliteDialect, type PgliteDialectConfig } from './pglite-dialect.js';

/**
 * The tables of the LOS database as Kysely types, for queries the repositories do not cover.
 * @example
 * const rows = await database.db.selectFrom('loans').select(['id', 'status']).where('brand_id', '=', brandId).execute();
 */
export type {
  DatabaseSchema,
  BrandsTable,
  LoanProductsTable,
  ProcessingFeeJson,
  StaffUsersTable,
  StaffRolesTable,
  CustomersTable,
  LoansTable,
  OutboxTable,
  ProcessedMessagesTable,
  JobRunsTable,
} from './database-schema.js';

/**
 * Applies every migration not yet applied, in order.
 * @returns the names of the migrations this call applied (empty when the schema was current).
 * @throws MigrationError naming the failed migration, with the database error as `cause`.
 * @example
 * const { applied } = await migrateToLatest(database.db); // ['0001-initial'] on a new database
 */
export { migrateToLatest, MigrationError } from './migrate-to-latest.js';

/**
 * Brands and their products; `add`/`addProduct` answer false when the code is taken.
 * @example
 * const added = await new PgBrandRepository(database.db).add({ id, code: 'ACME', name: 'Acme Finance', createdAt });
 */
export { PgBrandRepository } from './pg-brand-repository.js';

/**
 * Staff users with their brand roles; e-mails are matched lower-cased.
 * @example
 * const user = await new PgStaffRepository(database.db).findByEmail('Ops@Acme.in');
 */
export { PgStaffRepository } from './pg-staff-repository.js';

/**
 * A brand's customers; `addOrGet` is idempotent per brand and phone.
 * @example
 * const customer = await new PgCustomerRepository(database.db).addOrGet({ id, brandId, phone: '+919812345678', createdAt });
 */
export { PgCustomerRepository } from './pg-customer-repository.js';

/**
 * Loans with optimistic concurrency. After `save` the in-memory loan's version is stale: reload it
 * before saving it again.
 * @throws ConcurrencyConflictError from `save` when the stored version moved on; nothing is written.
 * @example
 * const loan = await loans.findById(brandId, loanId);
 * loan?.screen(product, clock.now());
 * if (loan) await loans.save(loan);
 */
export { PgLoanRepository } from './pg-loan-repository.js';

/**
 * The transaction-scoped outbox: events go into the `outbox` table with the state change.
 * @example
 * await new PgOutbox(trx).append([{ id, type: 'loan.applied', aggregateType: 'loan', aggregateId, brandId, occurredAt, payload }]);
 */
export { PgOutbox } from './pg-outbox.js';

/**
 * The relay's side of the outbox: claim (locked, oldest first), publish, mark; prune and backlog.
 * `publish` must not query the same database while it runs (PGlite has one connection).
 * @example
 * const published = await new PgOutboxStore(database.db).publishPending(100, (messages) => bus.publish(messages));
 */
export { PgOutboxStore } from './pg-outbox-store.js';

/**
 * The processed-message ledger; `markProcessed` is true only the first time.
 * @example
 * if (await new PgProcessedMessages(trx).markProcessed('notifications', event.id, clock.now())) await send();
 */
export { PgProcessedMessages } from './pg-processed-messages.js';

/**
 * One database transaction per `run`, handing the work transaction-bound repositories.
 * @example
 * await new PgUnitOfWork(database.db).run(async ({ loans, outbox }) => { await loans.add(loan); await outbox.append(events); });
 */
export { PgUnitOfWork } from './pg-unit-of-work.js';

/**
 * Every repository over the database (plain reads and single writes) or over a transaction.
 * @example
 * const repositories = createPgRepositories(database.db);
 * const brand = await repositories.brands.findByCode('ACME');
 */
export { createPgRepositories } from './create-pg-repositories.js';

/**
 * Scheduled job run records in the `job_runs` table.
 * @example
 * await new PgJobRunStore(database.db).start({ id, job: 'outbox-pruning', runner: 'host:42', startedAt: new Date() });
 */
export { PgJobRunStore } from './pg-job-run-store.js';
/**
 * Repayment reminders in the `reminders_sent` table, claimed once per (loan, due date, kind) before they are sent.
 * @example const log = new PgReminderLog(database.db); if (await log.claim(reminder, now)) await sender.send(reminder.message);
 */
export { PgReminderLog } from './pg-reminder-log.js';

/**
 * Scheduler leadership: a PostgreSQL advisory lock on a dedicated connection, or always-leader on PGlite.
 * @example
 * const leader = new PgLeaderElection({ kind: 'postgres', url, lockName: 'los.scheduler' });
 * if (await leader.tryAcquire()) await runDueJobs();
 */
export { PgLeaderElection, type LeaderElectionOptions } from './pg-leader-election.js';

// --- ledger and webhook inbox ---
/**
 * The append-only loan ledger. The database refuses an unbalanced entry at commit and any update, delete
 * or truncate of entries and lines (triggers from migration 0004), on PGlite and PostgreSQL alike.
 * @throws DuplicateJournalEntryError from `append` when an entry id is already posted.
 * @example
 * await new PgLedgerRepository(trx).append([postInterestAccrual(header, Money.of('986.30'))]);
 */
export { PgLedgerRepository } from './pg-ledger-repository.js';
/**
 * The idempotent webhook inbox: a delivery is recorded once, with its outbox events in the same transaction.
 * @example
 * await new PgWebhookInbox(database.db).record(receipt, events); // 'recorded' | 'duplicate'
 */
export { PgWebhookInbox } from './pg-webhook-inbox.js';
/**
 * The ledger and inbox tables as Kysely types.
 * @example
 * const lines = await database.db.selectFrom('journal_lines').selectAll().execute();
 */
export type { JournalEntriesTable, JournalLinesTable, WebhookInboxTable } from './ledger-webhook-tables.js';

// --- decisioning ---
/**
 * Rule set versions: documents frozen by a trigger once stored, one active version per rule set.
 * @example
 * const active = await new PgRuleSetRepository(database.db).findActiveFor(brandId, 'salary-advance');
 */
export { PgRuleSetRepository } from './pg-rule-set-repository.js';
/**
 * Insert-only decisions with their rule-set version, explanation and facts (a trigger refuses updates).
 * @example
 * const decision = await new PgDecisionRepository(database.db).findLatestForLoan(brandId, loanId);
 */
export { PgDecisionRepository } from './pg-decision-repository.js';
/**
 * Applicant declarations, one row per loan.
 * @example
 * const applicant = await new PgLoanApplicantRepository(database.db).find(brandId, loanId);
 */
export { PgLoanApplicantRepository } from './pg-loan-applicant-repository.js';
/**
 * Allocation state: the per-brand row locked FOR UPDATE, loads, staff unavailability.
 * @example
 * await new PgUnitOfWork(db).run(async ({ allocation }) => (await allocation.lockBrand(brandId)).lastAssignedId);
 */
export { PgAllocationRepository } from './pg-allocation-repository.js';
/**
 * Collection profiles and collectors' overdue loads in PostgreSQL.
 * @example
 * await new PgUnitOfWork(db).run(async ({ collections }) => collections.listCollectorLoans(brandId, userId));
 */
export { PgCollectionRepository } from './pg-collection-repository.js';
/**
 * The decisioning tables as Kysely types.
 * @example
 * const rows = await database.db.selectFrom('decisions').select(['id', 'outcome']).where('loan_id', '=', loanId).execute();
 */
export type { LoanApplicantsTable, RuleSetsTable, DecisionsTable, AllocationCursorsTable, StaffUnavailabilityTable } from './database-schema.js';

// --- loan lifecycle ---
/**
 * CAM versions, comments, the loan timeline, sanction limits and rejection reasons in PostgreSQL.
 * @example await new PgLoanLifecycleRepository(db).sanctionLimits(brandId)
 */
export { PgLoanLifecycleRepository } from './pg-loan-lifecycle-repository.js';
/**
 * A transaction over every repository and the lifecycle records.
 * @example await new PgLifecycleUnitOfWork(db).run(async (repos) => repos.lifecycle.timeline(brandId, loanId))
 */
export { PgLifecycleUnitOfWork } from './pg-lifecycle-unit-of-work.js';
/** @example const rows = await database.db.selectFrom('loan_timeline').selectAll().where('loan_id', '=', loanId).execute(); */
export type { LoanCamVersionsTable, LoanCommentsTable, LoanTimelineTable, SanctionLimitsTable, RejectionReasonsTable, LoanAgreementJson } from './database-schema.js';

// --- customer KYC ---
/**
 * Customers' KYC records (versioned; the Aadhaar column accepts only the masked number) and brands' KYC settings.
 * @example const account = await new PgCustomerKycRepository(db).verifiedBankAccount(brandId, customerId);
 */
export { PgCustomerKycRepository } from './pg-customer-kyc-repository.js';
/** @example const row = await database.db.selectFrom('customer_kyc').selectAll().where('customer_id', '=', customerId).executeTakeFirst(); */
export type { CustomerKycTable, BrandKycSettingsTable } from './customer-kyc-tables.js';

/**
 * The brands' fraud blocklists (`blocklist_entries`): entries staff add and remove, checked per identifier.
 * @example
 * const hits = await new PgBlocklist(database.db).check({ brandId, phone: '+919812345678', pan: 'ABCPE1234F' });
 */
export { PgBlocklist } from './pg-blocklist.js';
/** @example const row: Selectable<BlocklistEntriesTable> = await db.selectFrom('blocklist_entries').selectAll().executeTakeFirstOrThrow(); */
export type { BlocklistEntriesTable } from './blocklist-table.js';

/**
 * The statements customers share (`bank_statements`, `bank_statement_lines`, migration 0013): one live
 * submission per file, settled once, lines with `numeric` money.
 * @example const latest = await new PgBankStatementStore(database.db).latestCompleted(brandId, customerId);
 */
export { PgBankStatementStore } from './pg-bank-statement-store.js';
/** @example const row: Selectable<BankStatementsTable> = await db.selectFrom('bank_statements').selectAll().executeTakeFirstOrThrow(); */
export type { BankStatementsTable, BankStatementLinesTable } from './bank-statement-tables.js';

/**
 * Refresh tokens by the SHA-256 of their secret (`refresh_tokens`, migration 0015): rotated by a conditional
 * UPDATE under the family's row lock, so of two rotations of one token exactly one wins.
 * @example const won = await new PgRefreshTokenStore(database.db).rotate(usedId, successor);
 */
export { PgRefreshTokenStore } from './pg-refresh-token-store.js';
/** @example const row: Selectable<RefreshTokensTable> = await db.selectFrom('refresh_tokens').selectAll().executeTakeFirstOrThrow(); */
export type { RefreshTokensTable } from './refresh-tokens-table.js';
/**
 * The brands' provider registries (`brand_providers`, migration 0016): per capability, providers in order with active flags.
 * @example await new PgProviderRegistry(database.db).setOrder(brandId, 'PAYMENT_LINKS', [{ name: 'razorpay', active: true }]);
 */
export { PgProviderRegistry } from './pg-provider-registry.js';
/** @example const rows: Selectable<BrandProvidersTable>[] = await db.selectFrom('brand_providers').selectAll().execute(); */
export type { BrandProvidersTable } from './brand-providers-table.js';
