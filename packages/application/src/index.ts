// Public API of @los/application. Named exports only; each area keeps its own section.

// --- ports ---
export type { Clock } from './ports/clock.js';
export type { IdGenerator } from './ports/id-generator.js';
export type { Brand, BrandRepository } from './ports/brand-repository.js';
export { type StaffRole, type BrandRole, type StaffUser, type StaffRepository, STAFF_ROLES } from './ports/staff-repository.js';
export type { Customer, CustomerRepository } from './ports/customer-repository.js';
export { type Page, type LoanListQuery, type LoanRepository, ConcurrencyConflictError } from './ports/loan-repository.js';
export type { EventMessage } from './ports/event-message.js';
export type { Outbox, OutboxStore, ProcessedMessages } from './ports/outbox.js';
export type { Repositories, UnitOfWork } from './ports/unit-of-work.js';
export type { EventPublisher, EventBus, Subscription, Delivery, DeadLetter } from './ports/event-bus.js';
export type { Cache } from './ports/cache.js';
export type { MessageChannel, OutboundMessage, MessageSender } from './ports/message-sender.js';
export type { PasswordHasher, SecretHasher, OtpGenerator } from './ports/security.js';

// --- authorisation ---
/**
 * Who is asking, and what staff may do on a brand (roles × features).
 * @example staffAccess(actor, brandId, 'loan-list') // 'allowed' | 'forbidden' | 'none'
 */
export { type Actor, type StaffFeature, type BrandAccess, staffAccess } from './auth/actor.js';

// --- use cases ---
/**
 * A super admin opens a brand with its products.
 * @example await new CreateBrand({ unitOfWork, ids, clock }).execute({ actor, code: 'acme', name: 'Acme', products })
 */
export { CreateBrand, type CreateBrandInput, type CreateBrandError, type CreatedBrand, type NewProduct } from './use-cases/brands/create-brand.js';
/**
 * A product lookup for hot paths, cached for a short time.
 * @example new CachingProductCatalog({ brands: repositories.brands, clock, ttlMs: 30_000 }).find(brandId, productId)
 */
export { CachingProductCatalog } from './use-cases/brands/caching-product-catalog.js';
export type { ProductCatalog } from './ports/product-catalog.js';
/**
 * A brand's active products.
 * @example await new ListProducts({ repositories }).execute({ brandId })
 */
export { ListProducts } from './use-cases/brands/list-products.js';
/**
 * Adds a staff user with brand roles.
 * @example await new CreateStaffUser({ unitOfWork, ids, clock, passwords }).execute({ actor, email, name, password, roles })
 */
export { CreateStaffUser, type CreateStaffUserInput, type CreateStaffUserError, type StaffView, toStaffView } from './use-cases/staff/create-staff-user.js';
/**
 * Staff sign-in with e-mail and password.
 * @example await new AuthenticateStaff({ repositories, passwords }).execute({ email, password })
 */
export { AuthenticateStaff, type AuthenticateStaffError } from './use-cases/staff/authenticate-staff.js';
/**
 * OTP policy (digits, TTL, attempts, send limits).
 * @example DEFAULT_OTP_POLICY.ttlSeconds // 300
 */
export { type OtpPolicy, DEFAULT_OTP_POLICY } from './use-cases/customers/otp-policy.js';
/**
 * Sends a registration OTP.
 * @example await requestOtp.execute({ brandId, phone: '+919812345678' })
 */
export { RequestOtp, type RequestOtpError } from './use-cases/customers/request-otp.js';
/**
 * Verifies an OTP and registers the customer.
 * @example await verifyOtp.execute({ brandId, phone, otp: '123456' })
 */
export { VerifyOtp, type VerifyOtpError } from './use-cases/customers/verify-otp.js';
/**
 * A customer applies for a loan.
 * @example await applyForLoan.execute({ actor, productId, amount: Money.of('20000'), tenure: 30 })
 */
export { ApplyForLoan, type ApplyForLoanInput, type ApplyForLoanError, type ApplicantDeclaration } from './use-cases/loans/apply-for-loan.js';
/**
 * A customer reads one of their loans.
 * @example await getCustomerLoan.execute({ actor, loanId })
 */
export { GetCustomerLoan, type GetCustomerLoanError } from './use-cases/loans/get-customer-loan.js';
/** @example (await listCustomerLoans.execute({ actor: customer, limit: 20, offset: 0 })).value.items // my loans, newest first */
export { ListCustomerLoans } from './use-cases/loans/list-customer-loans.js';
/**
 * Staff list a brand's loans.
 * @example await listBrandLoans.execute({ actor, brandId, limit: 20, offset: 0 })
 */
export { ListBrandLoans, type ListBrandLoansInput, type ListBrandLoansError } from './use-cases/loans/list-brand-loans.js';
/**
 * The loan as use cases return it.
 * @example toLoanView(loan).amount // { amount: '20000.00', currency: 'INR' }
 */
export { type LoanView, toLoanView } from './use-cases/loans/loan-view.js';
/**
 * A quote: schedule, KFS figures and APR for a product, amount and tenure.
 * @example await quoteLoan.execute({ actor, brandId, productId, amount: Money.of('20000'), tenure: 30 })
 */
export { QuoteLoan, type QuoteLoanInput, type QuoteLoanError, type LoanQuote } from './use-cases/loans/quote-loan.js';
/**
 * The calendar date of an instant in a time zone.
 * @example businessDate(new Date(), 'Asia/Kolkata') // '2026-11-23'
 */
export { businessDate } from './use-cases/loans/business-date.js';
/**
 * Publishes committed outbox events.
 * @example await relayOutbox.execute({ batchSize: 100 })
 */
export { RelayOutbox } from './use-cases/events/relay-outbox.js';
/**
 * Gives domain events ids and the outbox wire shape.
 * @example toEventMessages(loan.pullEvents(), ids)
 */
export { toEventMessages } from './use-cases/events/to-event-messages.js';

// --- documents ---
/**
 * The loan's documents: rendering the KFS, the loan agreement and the NOC to PDF, and a store that hands
 * out time-limited HMAC-signed links instead of public paths.
 * @example const bytes = await renderer.renderKeyFactsStatement({ letterhead, loanReference, loanType, issuedOn, borrower, figures: keyFactsStatement(input), grievance });
 * await store.put(`${brandId}/loans/${loanId}/kfs.pdf`, bytes, 'application/pdf'); const link = store.signedUrl(key, 900, clock.now());
 */
export {
  type BrandLetterhead,
  type ScheduleRowFigures,
  type ChargeFigures,
  type KeyFactsFigures,
  type DocumentParty,
  type GrievanceContact,
  type KeyFactsStatementDocument,
  type AgreementClause,
  type LoanAgreementDocument,
  type NocDocument,
  type DocumentRenderer,
  type StoredDocument,
  type DocumentStore,
  InvalidDocumentKeyError,
  isSafeDocumentKey,
} from './ports/documents.js';

// --- jobs and events ---
/**
 * The ports of scheduled jobs and messaging operations: leader election, job run records, metrics and queue depth.
 * @example if (await leader.tryAcquire()) await jobRuns.start({ id, job: 'outbox-pruning', runner: 'host:42', startedAt: clock.now() });
 */
export type { LeaderElection } from './ports/leader-election.js';
/** @example const runs: JobRun[] = await jobRuns.list({ job: 'day-end-close', limit: 20 }); */
export type { JobRun, JobRunOutcome, JobRunQuery, JobRunStore } from './ports/job-run-store.js';
/**
 * The reminders sent to borrowers, claimed before the send and marked sent after the provider accepted.
 * @example if (await log.claim(reminder, now)) await log.markSent(reminder, (await sender.send(reminder.message)).providerMessageId, now);
 */
export type { Reminder, ReminderKey, ReminderLog, ReminderRecord } from './ports/reminder-log.js';
/**
 * When borrowers are reminded (3 days ahead, on the day, at 1/7/15/30/60/90 days past due, 09:00–21:00) and what a position calls for.
 * @example remindersDue(loanPosition(schedule, entries, today), today, DEFAULT_REMINDER_POLICY) // [{ kind: 'DUE_SOON', dueDate, amount }]
 */
export { DEFAULT_REMINDER_POLICY, type ReminderPolicy, type ReminderDue, remindersDue } from './use-cases/jobs/repayment-reminders.js';
/** @example metrics.increment('los_events_consumed_total', { consumer: 'loan-screening' }); */
export type { Metrics, MetricLabels, QueueDepth, QueueInspector } from './ports/metrics.js';
/**
 * Makes a handler an idempotent consumer: the processed-message record commits with its effects.
 * @example
 * await bus.subscribe(idempotentSubscription({ consumer: 'mailer', eventTypes: ['loan.sanctioned'], unitOfWork, clock, handle: async (event, { repositories }) => { await repositories.outbox.append(next(event)); } }));
 */
export { idempotentSubscription, type IdempotentConsumerOptions, type IdempotentContext } from './use-cases/events/idempotent-subscription.js';
/**
 * A super admin lists, replays and discards dead letters.
 * @example const result = await listDeadLetters.execute({ actor, consumer: 'loan-screening' });
 */
export { ListDeadLetters, type DeadLetterError } from './use-cases/events/list-dead-letters.js';
/** @example await replayDeadLetter.execute({ actor, id: 'loan-screening:8c1d…' }); */
export { ReplayDeadLetter } from './use-cases/events/replay-dead-letter.js';
/** @example await discardDeadLetter.execute({ actor, id: 'loan-screening:8c1d…' }); */
export { DiscardDeadLetter } from './use-cases/events/discard-dead-letter.js';
/**
 * When a scheduled job is due: every so often, or daily at a wall-clock time in the business time zone.
 * @throws RangeError from `assertJobSchedule` for a schedule that would never run or run in a loop.
 * @example isJobDue({ kind: 'daily', at: '23:30', timeZone: 'Asia/Kolkata' }, lastStartedAt, clock.now())
 */
export { type JobSchedule, isJobDue, assertJobSchedule } from './use-cases/jobs/job-schedule.js';
/** @example const job: ScheduledJob = { name: 'outbox-pruning', schedule: { kind: 'every', everyMs: 3_600_000 }, run: () => pruneOutbox.execute() }; */
export type { ScheduledJob, JobCounts } from './use-cases/jobs/scheduled-job.js';
/**
 * Ends a run in which some brands or loans failed and the rest were done: the run is recorded failed, with these counts.
 * @example throw new JobIncompleteError('collection allocation', { brands: 3, assigned: 12, left: 0, brandsFailed: 1 }, [{ brandId, error: 'Error: …' }]);
 */
export { JobIncompleteError, type JobFailure } from './use-cases/jobs/scheduled-job.js';
/**
 * One scheduler tick: if this worker leads, runs the due jobs and records each run.
 * @example const { leader, runs } = await new RunDueJobs({ leader, jobRuns, clock, ids, jobs, runner: 'host:42' }).execute();
 */
export { RunDueJobs, type SchedulerTick } from './use-cases/jobs/run-due-jobs.js';
/**
 * The standard jobs and their use cases: outbox pruning, reminder dispatch, day-end close.
 * @example const jobs = standardJobs({ dispatchReminders, closeDay, pruneOutbox }, { reminderEveryMs: 60_000, dayEndCloseAt: '23:30', timeZone: 'Asia/Kolkata', pruneEveryMs: 3_600_000 });
 */
export { standardJobs, type StandardJobSettings } from './use-cases/jobs/standard-jobs.js';
/** @example await new PruneOutbox({ outboxStore, clock, retentionHours: 72 }).execute(); // { pruned: 120 } */
export { PruneOutbox } from './use-cases/jobs/prune-outbox.js';
/** @example await new PruneSessions({ store, clock, retentionHours: 72 }).execute(); // { pruned: 14 } */
export { PruneSessions } from './use-cases/sessions/prune-sessions.js';
/**
 * The reminder dispatch job: each repayment reminder sent once per (loan, due date, kind), refused sends retried.
 * @throws JobIncompleteError when some loans' reminders failed; the others are sent.
 * @example await new DispatchReminders({ unitOfWork, reminders, sender, clock, timeZone: 'Asia/Kolkata' }).execute(); // { due: 3, sent: 3, failed: 0, loansFailed: 0 }
 */
export { DispatchReminders, type ReminderCounts } from './use-cases/jobs/dispatch-reminders.js';
/**
 * The day-end close: each loan in repayment in its own transaction (interest fallen due, excess applied to
 * dues, overdue marking and cure), resumable and idempotent on a day.
 * @throws DayCloseIncompleteError when some loans failed; the others are closed and committed.
 * @example await new CloseDay({ unitOfWork, clock, ids, timeZone: 'Asia/Kolkata' }).execute({ now }); // { businessDate: '2026-11-23', loansClosedFor: 120, interestAccrued: 4, ... }
 */
export { CloseDay, DayCloseIncompleteError, type DayCloseCounts } from './use-cases/jobs/close-day.js';
/**
 * A daily penal charge the day-end close levies on overdue principal and interest past the grace days (off unless set).
 * @example const penal: PenalLevy = { policy: { kind: 'PERCENT', rate: Rate.percent('0.1'), per: 'DAY' }, graceDays: 3, gstRate: Rate.percent('18'), rounding: { dp: 2, mode: 'HALF_UP' } };
 */
export type { PenalLevy } from './use-cases/jobs/close-loan-day.js';
/**
 * A super admin reads the job run records, newest first.
 * @example await listJobRuns.execute({ actor, job: 'outbox-pruning', limit: 50 });
 */
export { ListJobRuns } from './use-cases/jobs/list-job-runs.js';

// --- servicing infrastructure (ledger, providers, webhooks) ---
/**
 * The append-only loan ledger: entries posted once (never updated or deleted), balances derived from them.
 * @throws DuplicateJournalEntryError from `append` when an entry id is already posted.
 * @example await ledger.append([postDisbursal(header, posting)]); const { principal } = await ledger.balancesOfLoan(brandId, loanId);
 */
export { type LedgerRepository, DuplicateJournalEntryError } from './ports/ledger-repository.js';
/**
 * A disbursed loan's servicing records: the schedule fixed at disbursal, payments recorded once per provider
 * id (manual ones awaiting approval), and the payment links sent.
 * @example if ((await repos.servicing.addPayment(payment)) === 'duplicate') return; // already recorded
 */
export type { LoanServicingRepository, LoanPayment, LoanPaymentLink, PaymentPurpose, PaymentQuery } from './ports/loan-servicing-repository.js';
/** @example const policy: ServicingPolicy = DEFAULT_SERVICING_POLICY; // no foreclosure charge, 18% GST */
export { type ServicingPolicy, DEFAULT_SERVICING_POLICY } from './use-cases/servicing/servicing-policy.js';
/** @example (await disburseLoan.execute({ actor, brandId, loanId })).value // { outcome: 'DISBURSED', utr, status: 'ACTIVE' } */
export { DisburseLoan, type DisburseLoanError, type DisbursalView } from './use-cases/servicing/disburse-loan.js';
/** @example await new ReconcileDisbursals({ loans, disburseLoan }).execute() // { pending: 0, disbursed: 1, failed: 0, errors: 0 } */
export { ReconcileDisbursals } from './use-cases/servicing/reconcile-disbursals.js';
/** @example await bus.subscribe(new RecordGatewayPayment({ unitOfWork, ids, clock, timeZone, policy }).subscription()); */
export { RecordGatewayPayment, type GatewayPaymentOutcome } from './use-cases/servicing/record-gateway-payment.js';
/** @example await enterManualPayment.execute({ actor, brandId, loanId, amount: Money.of('4583.99'), utr: 'UTR1', receivedOn }) // waits for approval */
export { EnterManualPayment, DecideManualPayment, ListPayments, type ManualPaymentError, paymentView } from './use-cases/servicing/manual-payments.js';
/** @example (await getLoanSchedule.execute({ actor, loanId })).value.instalments[0].status // 'PAID' */
export { GetLoanSchedule, type LoanScheduleView } from './use-cases/servicing/get-loan-schedule.js';
/** @example (await getLoanLedger.execute({ actor, brandId, loanId })).value.balances.principal // '0.00' once closed */
export { GetLoanLedger, type LoanLedgerView } from './use-cases/servicing/get-loan-ledger.js';
/** @example (await createPaymentLink.execute({ actor, loanId, purpose: 'FORECLOSURE' })).value.url */
export { QuoteForeclosure, CreatePaymentLink, type PaymentLinkError, type PaymentLinkView } from './use-cases/servicing/payment-links.js';
/** @example await reverseBouncedPayment.execute({ actor, brandId, paymentId, reason: 'NACH return' }) // the payment BOUNCED, its dues owed again */
export { GrantWaiver, ReverseBouncedPayment, type LedgerAdjustmentError } from './use-cases/servicing/ledger-adjustments.js';
/**
 * Signed provider callbacks: the raw request, the verification outcome and what it means for the lender.
 * @example const verified = gateway.parseWebhook({ headers, rawBody }, clock.now()); if (verified.ok) verified.webhook.outcome?.type // 'payment.received'
 */
export type {
  WebhookRequest,
  WebhookEventType,
  WebhookOutcome,
  VerifiedWebhook,
  WebhookRejection,
  WebhookVerification,
  WebhookSource,
} from './ports/webhook-source.js';
/**
 * The idempotent webhook inbox: (provider, event id) recorded once, with its outbox events in one transaction.
 * @example await inbox.record({ provider: 'razorpay', eventId, providerEvent, bodySha256, receivedAt }, events) // 'recorded' | 'duplicate'
 */
export type { WebhookInbox, WebhookReceipt, StoredWebhook } from './ports/webhook-inbox.js';
/**
 * A collections gateway: payment links out, signed payment callbacks in.
 * @example const link = await gateway.createPaymentLink({ brandId, loanId, reference, amount: Money.of('5234.50'), description, customer })
 */
export type { PaymentGateway, PaymentLinkRequest, PaymentLink } from './ports/payment-gateway.js';
/**
 * Disbursal payouts with an idempotency key; a settled payout carries the UTR.
 * @example const status = await payouts.disburse({ brandId, loanId, idempotencyKey: loanId, amount, account, narration: 'Loan disbursal' })
 */
export type { PayoutProvider, PayoutRequest, PayoutStatus, PayoutFailureReason } from './ports/payout-provider.js';
/**
 * E-sign of a PDF by one signer: request, status and signed callbacks.
 * @example const { providerDocumentId, signingUrl } = await esign.requestSignature({ brandId, loanId, documentName, pdf, signer, expiresInDays: 5 })
 */
export type { ESignProvider, SignatureRequest, SignatureState, SignatureStatus } from './ports/esign-provider.js';
/**
 * The KYC checks: PAN, Aadhaar OTP e-KYC (masked number only), penny-drop bank verification, employment by UAN.
 * @example const pan = await kyc.pan.verifyPan('ABCPE1234F', 'Asha Rao'); pan.status === 'VALID' && pan.nameMatchScore // 100
 */
export type { KycVerifier } from './ports/kyc-verifier.js';
/** @example const result = await kyc.pan.verifyPan(pan, declaredName) */
export type { PanVerifier, PanVerification } from './ports/pan-verifier.js';
/** @example const started = await kyc.aadhaar.startOtp(aadhaar); if (started.status === 'OTP_SENT') await kyc.aadhaar.submitOtp(started.referenceId, otp) */
export type { AadhaarEkyc, AadhaarOtpStart, AadhaarOtpResult, AadhaarKyc } from './ports/aadhaar-ekyc.js';
/** @example references.referenceOf('234123412346') // the same 64-hex token every time under one key */
export type { AadhaarReferences } from './ports/aadhaar-references.js';
/** @example const result = await kyc.bankAccount.verifyAccount({ accountNumber, ifsc, expectedName }) */
export type { BankAccountVerifier, BankAccountVerification, VerifiedBankAccount } from './ports/bank-account-verifier.js';
/** @example const result = await kyc.employment.verifyEmployment(uan, name) */
export type { EmploymentVerifier, EmploymentVerification, Employment } from './ports/employment-verifier.js';
/**
 * Takes a provider callback: verify (nothing written on a bad signature), record once, emit its outbox event.
 * @example const result = await receiveWebhook.execute({ provider: 'razorpay', request: { headers, rawBody } })
 */
export { ReceiveWebhook, type ReceiveWebhookError, type ReceivedWebhook } from './use-cases/webhooks/receive-webhook.js';

// --- decisioning ---
/**
 * Decisioning ports: rule set versions, stored decisions, applicant declarations, allocation state, and
 * the providers facts come from (credit bureau, bank statement analysis, blocklist).
 * @example const active = await repositories.ruleSets.findActiveFor(brandId, 'salary-advance');
 */
export type { StoredRuleSet, RuleSetRepository } from './ports/rule-set-repository.js';
/** @example const decision = await repositories.decisions.findLatestForLoan(brandId, loanId); */
export type { StoredDecision, StoredEvaluation, DecisionRepository } from './ports/decision-repository.js';
/** @example await repositories.applicants.add(brandId, loanId, { pan: 'ABCPE1234F', monthlyIncome: Money.of('60000') }); */
export type { LoanApplicant, EmploymentType, LoanApplicantRepository } from './ports/loan-applicant-repository.js';
/** @example const { lastAssignedId } = await repos.allocation.lockBrand(brandId); */
export type { AllocationRepository, StaffUnavailability, BrandClosedDate } from './ports/allocation-repository.js';
/** @example const report = await bureau.fetchReport({ brandId, pan, asOf }); if (report.kind === 'hit') report.score; */
export type { CreditBureau, BureauReport, BureauTradeline, BureauRequest } from './ports/credit-bureau.js';
/** @example const analysis = await analyzer.analyse({ brandId, customerId, pan, asOf }); */
export type { BankStatementAnalyzer, BankStatementAnalysis, BankStatementRequest } from './ports/bank-statement-analyzer.js';
/** @example const hits = await blocklist.check({ brandId, phone: '+919812345678', pan, pincode: '560001' }); // { phone: false, pan: false, pincode: false } */
export { BLOCKLIST_KINDS, type Blocklist, type BlocklistHits, type BlocklistKind, type BlocklistQuery } from './ports/blocklist.js';
/** @example if ((await store.add(entry)) === 'duplicate') return err({ code: 'BLOCKLIST_ENTRY_EXISTS' }); */
export type { BlocklistStore, BlocklistEntry, BlocklistPage } from './ports/blocklist-store.js';
/**
 * The normalised form of a blocklisted identifier, or null when it is malformed for its kind; with the
 * message a 400 gives for each kind.
 * @example blocklistValue('PAN', ' abcpe1234f ') // 'ABCPE1234F'
 */
export { acceptsBlocklistValue, blocklistValue, BLOCKLIST_VALUE_FORMATS } from './use-cases/blocklist/blocklist-value.js';
/**
 * Answers a blocklist query from a store's finder of listed keys, one hit per identifier given.
 * @example await lookUpBlocklist(query, (keys) => selectListed(brandId, keys))
 */
export { lookUpBlocklist, type BlocklistKey } from './use-cases/blocklist/look-up-blocklist.js';
/** @example await addBlocklistEntry.execute({ actor, brandId, kind: 'PHONE', value: '+919812345678', reason: 'synthetic identity' }) */
export { AddBlocklistEntry, type AddBlocklistEntryInput, type AddBlocklistEntryError, type BlocklistUseCaseDeps } from './use-cases/blocklist/add-blocklist-entry.js';
/** @example await listBlocklistEntries.execute({ actor, brandId, page: { limit: 50, offset: 0 } }) */
export { ListBlocklistEntries } from './use-cases/blocklist/list-blocklist-entries.js';
/** @example await removeBlocklistEntry.execute({ actor, brandId, entryId }) */
export { RemoveBlocklistEntry, type RemoveBlocklistEntryError } from './use-cases/blocklist/remove-blocklist-entry.js';
/**
 * The worker's consumer of `loan.applied`: facts from the providers, BRE then evaluation, the decision
 * stored with its explanation and rule-set version, the loan rejected or put under review and allocated.
 * @example const outcome = await decideApplication.execute(message); // { kind: 'decided', status: 'UNDER_REVIEW', ... }
 */
export { DecideApplication, type DecideApplicationDeps, type DecideApplicationOutcome } from './use-cases/decisioning/decide-application.js';
/**
 * Gathers an application's facts in the shape rule sets read.
 * @example const facts = await gatherApplicationFacts({ bureau, bankStatements, blocklist }, { loan, product, customer, applicant, asOf });
 */
export { gatherApplicationFacts, type FactSources, type FactSubject, type ApplicationFacts } from './use-cases/decisioning/application-facts.js';
/**
 * Runs a compiled version's rules and scorecard on facts.
 * @example runDecision(new StoredRuleSetCompiler().compile(stored), facts, asOf).loanOutcome // 'declined'
 */
export { runDecision, SCORE_BELOW_THRESHOLD, type DecisionRun } from './use-cases/decisioning/run-decision.js';
/** @example const { rules, scorecard } = new StoredRuleSetCompiler().compile(stored); */
export { StoredRuleSetCompiler, type CompiledVersion } from './use-cases/decisioning/stored-rule-set-compiler.js';
/**
 * Places a loan under review with a loan executive inside a transaction (locks the brand's allocation).
 * @example await unitOfWork.run((repos) => allocateNewLoan(repos, loan, asOf, now));
 */
export { allocateNewLoan, type AllocationResult } from './use-cases/decisioning/allocate-new-loan.js';
/** @example await listRuleSets.execute({ actor, brandId }) */
export { ListRuleSets } from './use-cases/decisioning/list-rule-sets.js';
/** @example await getRuleSetVersion.execute({ actor, brandId, ruleSetId: 'salary-advance', version: 1 }) */
export { GetRuleSetVersion, type GetRuleSetVersionError } from './use-cases/decisioning/get-rule-set-version.js';
/** @example await draftRuleSet.execute({ actor, brandId, document, scorecard }) */
export { DraftRuleSet, type DraftRuleSetInput, type DraftRuleSetError } from './use-cases/decisioning/draft-rule-set.js';
/** @example (await validateRuleSet.execute({ actor, brandId, document })).value?.errors */
export { ValidateRuleSet, type RuleSetValidation } from './use-cases/decisioning/validate-rule-set.js';
/** @example await checkRuleSetVersion.execute({ actor, brandId, ruleSetId, version: 2, runs: 100 }) */
export {
  CheckRuleSetVersion,
  type CheckRuleSetVersionInput,
  type CheckRuleSetVersionError,
  type RuleSetCheckResult,
} from './use-cases/decisioning/check-rule-set-version.js';
/** @example await activateRuleSet.execute({ actor, brandId, ruleSetId, version: 2 }) */
export { ActivateRuleSet, type ActivateRuleSetError } from './use-cases/decisioning/activate-rule-set.js';
/** @example await dryRunRuleSet.execute({ actor, brandId, ruleSetId, version: 2, loanId }) */
export { DryRunRuleSet, type DryRunRuleSetError, type DryRunResult } from './use-cases/decisioning/dry-run-rule-set.js';
/**
 * Replays a version over the brand's past applications (each loan's standing decision by the rule set)
 * and lists the decisions it would change.
 * @example await replay.execute({ actor, brandId, ruleSetId: 'salary-advance', version: 2, limit: 200 }) // { replayed, transitions, changed }
 */
export { ReplayRuleSetVersion, REPLAY_LIMIT_MAX, type ReplayRuleSetVersionError, type ReplayResult, type ReplayedChange } from './use-cases/decisioning/replay-rule-set-version.js';
/** @example await getLoanDecision.execute({ actor, brandId, loanId }) */
export { GetLoanDecision, type GetLoanDecisionError } from './use-cases/decisioning/get-loan-decision.js';
/** @example toDecisionView(stored).ruleSet.version */
export { type DecisionView, toDecisionView } from './use-cases/decisioning/decision-view.js';
/** @example toRuleSetVersionView(stored, true).document */
export { type RuleSetVersionView, toRuleSetVersionView } from './use-cases/decisioning/rule-set-view.js';
/** @example await setStaffUnavailability.execute({ actor, brandId, staffId, dates: [localDate('2026-06-16')], unavailable: true }) */
export { SetStaffUnavailability, type SetStaffUnavailabilityInput, type SetStaffUnavailabilityError } from './use-cases/decisioning/set-staff-unavailability.js';
/** @example await listStaffUnavailability.execute({ actor, brandId, from, to }) */
export { ListStaffUnavailability } from './use-cases/decisioning/list-staff-unavailability.js';
/** @example await setBrandClosedDates.execute({ actor, brandId, dates: [localDate('2026-12-25')], closed: true, reason: 'Christmas' }) */
export { SetBrandClosedDates, type SetBrandClosedDatesInput } from './use-cases/decisioning/set-brand-closed-dates.js';
/** @example await listBrandClosedDates.execute({ actor, brandId, from, to }) */
export { ListBrandClosedDates } from './use-cases/decisioning/list-brand-closed-dates.js';
/** @example if (!access.ok) return access; */
export { type BrandAccessError } from './use-cases/decisioning/brand-access.js';
/**
 * Places loans under review that no executive could take when they were decided.
 * @example await allocateUnassignedLoans.execute({ actor, brandId }) // { ok: true, value: { assigned: 3, left: 0 } }
 */
export { AllocateUnassignedLoans, type AllocationRun } from './use-cases/decisioning/allocate-unassigned-loans.js';

// --- collections ---
/** @example const held = await repos.collections.overdueLoansByCollector(brandId); */
export type { CollectionRepository, CollectionProfile, CollectorLoan, UnassignedOverdueLoan } from './ports/collection-repository.js';
/**
 * Places overdue loans without a collector with the brand's collection executives, under the brand lock.
 * @example await allocateOverdueLoans.execute({ actor, brandId }) // { ok: true, value: { assigned: 4, left: 0 } }
 */
export { AllocateOverdueLoans, type CollectionAllocationRun } from './use-cases/collections/allocate-overdue-loans.js';
/**
 * A brand admin sets a collection executive's rating, locations and capacity.
 * @example await setCollectionProfile.execute({ actor, brandId, profile: { userId, rating: '4.5', locations: ['560001'] } })
 */
export { SetCollectionProfile, type SetCollectionProfileError } from './use-cases/collections/set-collection-profile.js';
/**
 * The overdue loans the signed-in collection executive holds.
 * @example await listMyCollectionLoans.execute({ actor, brandId }) // { ok: true, value: [{ loanId, daysPastDue: 31, ... }] }
 */
export { ListMyCollectionLoans } from './use-cases/collections/list-my-collection-loans.js';

// --- loan lifecycle (appraisal to agreement) ---
/**
 * CAM versions, comments, the timeline and the brand's sanction limits and rejection reasons, with a unit of
 * work whose transaction covers them and the loan together.
 * @example await unitOfWork.run(async (repos) => repos.lifecycle.timeline(brandId, loanId))
 */
export type {
  AuditEntry,
  AuditQuery,
  CamVersion,
  LoanComment,
  TimelineEntry,
  LoanLifecycleRepository,
  LifecycleRepositories,
  LifecycleUnitOfWork,
} from './ports/loan-lifecycle-repository.js';
/**
 * A brand admin reads the brand's append-only audit log, oldest first, optionally for one loan.
 * @example await getAuditTrail.execute({ actor, brandId, entityId: loanId, limit: 50, offset: 0 }) // { ok: true, value: [{ action: 'loan.sanctioned', ... }] }
 */
export { GetAuditTrail, type GetAuditTrailInput } from './use-cases/lifecycle/get-audit-trail.js';
/** @example if (!r.ok && r.error.code === 'TRANSITION_REFUSED') r.error.reason // 'SANCTION_LIMIT_EXCEEDED' */
export { type LifecycleStepError } from './use-cases/lifecycle/lifecycle-step.js';
/**
 * A credit executive computes and saves the next CAM version of a loan under review.
 * @example await saveAppraisal.execute({ actor, brandId, loanId, salaryCredits: ['80000'], obligations: ['5000'] })
 */
export { SaveAppraisal, type CamPolicy, type SaveAppraisalError } from './use-cases/lifecycle/save-appraisal.js';
/** @example await recommendLoan.execute({ actor, brandId, loanId }) // { ok: true, value: { status: 'CREDIT_APPROVED' } } */
export { RecommendLoan } from './use-cases/lifecycle/recommend-loan.js';
/** @example await sanctionLoan.execute({ actor, brandId, loanId }) // { ok: true, value: { status: 'SANCTIONED' } } */
export { SanctionLoan } from './use-cases/lifecycle/sanction-loan.js';
/** @example await rejectLoan.execute({ actor, brandId, loanId, reasonCode: 'INCOME_UNVERIFIED' }) */
export { RejectLoan } from './use-cases/lifecycle/reject-loan.js';
/** @example await addLoanComment.execute({ actor, brandId, loanId, body: 'Checked the salary slips.' }) */
export { AddLoanComment, type AddLoanCommentError } from './use-cases/lifecycle/add-loan-comment.js';
/** @example (await getLoanTimeline.execute({ actor, brandId, loanId })).value // [{ type: 'loan.sanctioned', actorId, at }] */
export { GetLoanTimeline } from './use-cases/lifecycle/get-loan-timeline.js';
/** @example (await getLoanDetail.execute({ actor, brandId, loanId })).value.cam?.version */
export { GetLoanDetail, type LoanDetail } from './use-cases/lifecycle/get-loan-detail.js';
/**
 * Renders and stores the KFS and agreement, requests e-sign and moves the loan to AGREEMENT_SENT.
 * @example await sendAgreement.execute({ actor, brandId, loanId }) // { ok: true, value: { kfsKey, agreementKey, esignRequestId } }
 */
export { SendAgreement, type SentAgreement } from './use-cases/lifecycle/send-agreement.js';
/** @example await completeSignature.execute(message) // 'signed' | 'expired' | 'duplicate' | 'ignored' */
export { CompleteSignature, type SignatureOutcome } from './use-cases/lifecycle/complete-signature.js';
/** @example await getCustomerLoanDocuments.execute({ actor, loanId }) // [{ kind: 'KFS', url, expiresAt }, …] */
export { GetCustomerLoanDocuments, type LoanDocumentLink } from './use-cases/lifecycle/customer-loan-documents.js';
/**
 * The worker's consumer of `loan.closed`: renders and stores the NOC once and records it on the loan.
 * @example bind(ids.Subscription).toResolvedValue((issueNoc) => issueNoc.subscription(), [lifecycleIds.IssueNoc]); await issueNoc.execute(message) // 'issued' | 'duplicate' | …
 */
export { IssueNoc, type NocOutcome, nocKeyOf } from './use-cases/closure/issue-noc.js';
/**
 * The worker's consumer of `loan.noc_issued`: one SMS (`loan-closed-noc`) telling the customer the NOC is ready.
 * @example await new NotifyNocIssued({ unitOfWork, sender, clock }).execute(message) // 'sent' | 'duplicate'
 */
export { NotifyNocIssued, type NocNoticeOutcome } from './use-cases/closure/notify-noc-issued.js';
/** @example await cancelLoan.execute({ actor, loanId }) // { ok: true, value: { status: 'CANCELLED' } } */
export { CancelLoan } from './use-cases/lifecycle/cancel-loan.js';

// --- customer KYC ---
/**
 * Customers' KYC records (each step's latest attempt, the verified name and bank account) and each brand's
 * KYC settings, in the lifecycle unit of work.
 * @example const account = await unitOfWork.run((repos) => repos.kyc.verifiedBankAccount(brandId, customerId));
 */
export {
  KYC_STEPS,
  type KycStep,
  type KycCheckStatus,
  type PanCheck,
  type AadhaarCheck,
  type BankAccountCheck,
  type EmploymentCheck,
  type CustomerKyc,
  type BrandKycSettings,
  type CustomerKycRepository,
} from './ports/customer-kyc-repository.js';
/** @example if (!r.ok && r.error.code === 'KYC_CHECK_FAILED') r.error.result // 'ACCOUNT_CLOSED' */
export { type KycStepError, type KycCapability } from './use-cases/kyc/kyc-step.js';
/** @example missingKycSteps(['PAN', 'BANK_ACCOUNT'], kyc) // ['BANK_ACCOUNT'] while only PAN is verified */
export { DEFAULT_KYC_SETTINGS, missingKycSteps, verifiedNameOf } from './use-cases/kyc/kyc-rules.js';
/** @example await verifyPan.execute({ actor, pan: 'ABCPE1234F', name: 'Asha Rao' }) // { ok: true, value: { status: 'VERIFIED', … } } */
export { VerifyPan } from './use-cases/kyc/verify-pan.js';
/** @example (await startAadhaarOtp.execute({ actor, aadhaarNumber: '234123412346' })).value.referenceId */
export { StartAadhaarOtp } from './use-cases/kyc/start-aadhaar-otp.js';
/** @example await submitAadhaarOtp.execute({ actor, referenceId, otp: '123456' }) // maskedAadhaar 'XXXX-XXXX-2346' */
export { SubmitAadhaarOtp } from './use-cases/kyc/submit-aadhaar-otp.js';
/** @example await verifyBankAccount.execute({ actor, accountNumber: '50100012345678', ifsc: 'HDFC0001234' }) */
export { VerifyBankAccount } from './use-cases/kyc/verify-bank-account.js';
/** @example await verifyEmployment.execute({ actor, uan: '100200300400' }) */
export { VerifyEmployment } from './use-cases/kyc/verify-employment.js';
/** @example (await getCustomerKyc.execute({ actor, brandId, customerId })).value.missingSteps // ['BANK_ACCOUNT'] */
export { GetCustomerKyc, type CustomerKycView } from './use-cases/kyc/get-customer-kyc.js';
/** @example await setBrandKycSettings.execute({ actor, brandId, requiredSteps: ['PAN', 'BANK_ACCOUNT'], nameMatchThreshold: 80 }) */
export { SetBrandKycSettings, type KycSettingsError } from './use-cases/kyc/set-brand-kyc-settings.js';
/** @example (await getBrandKycSettings.execute({ actor, brandId })).value.nameMatchThreshold // 80 until set */
export { GetBrandKycSettings } from './use-cases/kyc/get-brand-kyc-settings.js';

// --- bank statements (shared by customers, analysed by a provider, read by decisions) ---
/**
 * A bank statement analysis provider (FinBox BankConnect, or its sandbox): takes a statement PDF under a
 * reference and answers PENDING, COMPLETED with the categorised lines, or FAILED; `maskAccountNumber` keeps the last four digits.
 * @example const submitted = await provider.submit({ submissionId, brandId, customerId, file, password }); await provider.fetchResult(submitted.providerReference);
 */
export {
  type AnalysedStatement,
  type BankStatementProvider,
  type BankStatementRejection,
  type BankStatementResult,
  type BankStatementSubmitted,
  type BankStatementUpload,
  maskAccountNumber,
} from './ports/bank-statement-provider.js';
/**
 * The customers' shared statements: one live submission per customer and file, settled once, brand-scoped.
 * @example await store.latestCompleted(brandId, customerId)
 */
export type { BankStatementStore, BankStatementSubmission, BankStatementStatus, PendingBankStatement } from './ports/bank-statement-store.js';
/** @example await uploadBankStatement.execute({ actor, file, password }) // ok({ submission, created: true }) */
export { UploadBankStatement, type UploadBankStatementError, type UploadedBankStatement } from './use-cases/bank-statements/upload-bank-statement.js';
/** @example await listBankStatements.execute({ actor, limit: 20, offset: 0 }) // a customer's own; staff pass brandId and loanId */
export { ListBankStatements, type ListBankStatementsError } from './use-cases/bank-statements/list-bank-statements.js';
/** @example bankStatementView(submission, asOf).figures // { bouncesLast3Months, lastSalaryCreditOn, averageBalance } or null */
export { bankStatementView, type BankStatementView } from './use-cases/bank-statements/bank-statement-view.js';
/** @example await new RefreshBankStatements({ store, providers: [finbox], clock }).execute() // { completed: 1, failed: 0, pending: 2, errors: 0 } */
export { RefreshBankStatements, type BankStatementRefresh } from './use-cases/bank-statements/refresh-bank-statements.js';
/** @example const facts: FactSources = { bureau, bankStatements: new StoredBankStatementAnalyzer(store), blocklist }; */
export { StoredBankStatementAnalyzer } from './use-cases/bank-statements/stored-bank-statement-analyzer.js';

// --- sessions (refresh tokens) ---
/** Refresh tokens by hash, rotated once each, revoked by family; and their secrets. */
export type { NewRefreshToken, RefreshToken, RefreshTokenSecrets, RefreshTokenStore, SessionSubject } from './ports/refresh-token-store.js';
/**
 * Starts a session at sign-in: a refresh token of a new family.
 * @example const { refreshToken, refreshExpiresIn } = await issueSession.execute({ kind: 'staff', userId, superAdmin: false, roles });
 */
export { IssueSession, subjectOf } from './use-cases/sessions/issue-session.js';
/** @example const { issued, record } = mintRefreshToken(deps, { kind: 'staff', userId }); */
export { mintRefreshToken, type IssuedRefreshToken, type SessionTokenDeps } from './use-cases/sessions/session-tokens.js';
/**
 * Rotates a refresh token, rebuilding the actor from the database; reuse revokes the family.
 * @example const r = await refreshSession.execute({ refreshToken }); if (r.ok) tokens.issue(r.value.actor);
 */
export { RefreshSession, type RefreshSessionError, type RefreshedSession, type RefreshTokenReuse } from './use-cases/sessions/refresh-session.js';
/**
 * Logs out: revokes the refresh token's family; unknown tokens change nothing.
 * @example await revokeSession.execute({ refreshToken });
 */
export { RevokeSession } from './use-cases/sessions/revoke-session.js';
/**
 * Each brand's provider registry: per capability, an ordered list of providers with active flags.
 * @example await registry.setOrder(brandId, 'PAYMENT_LINKS', [{ name: 'razorpay', active: true }, { name: 'cashfree', active: true }]);
 */
export { PROVIDER_CAPABILITIES, type ProviderCapability, type ProviderChoice, type ProviderRegistry } from './ports/provider-registry.js';
/**
 * The payment gateway that follows each brand's order, failing over when a provider gives no answer.
 * @example const link = await new BrandRoutedPaymentGateway({ registry, gateways, fallback }).createPaymentLink(request); // link.provider names its maker
 */
export { BrandRoutedPaymentGateway, isRequestRefusal, type BrandRoutedPaymentGatewayDeps, type ProviderFailover } from './use-cases/providers/brand-routed-payment-gateway.js';
/**
 * A brand's ADMIN reads and sets its provider order per capability.
 * @example await setBrandProviders.execute({ actor, brandId, capability: 'PAYMENT_LINKS', providers: [{ name: 'cashfree', active: true }] });
 */
export {
  GetBrandProviders,
  SetBrandProviders,
  orderProblem,
  type BrandCapabilityProviders,
  type BrandProvidersDeps,
  type ProviderAvailability,
  type SetBrandProvidersError,
} from './use-cases/providers/brand-providers.js';
