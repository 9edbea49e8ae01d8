// Public API of @los/domain. Named exports only; each area keeps its own section.

// --- core ---
export { type Result, ok, err } from './result.js';
export { DomainInvariantError } from './errors.js';
export type { DomainEvent } from './domain-event.js';
export { type LocalDate, localDate, isLocalDate } from './local-date.js';

// --- money (base) ---
export { Decimal, type DecimalInput, toDecimal, isDecimalString } from './money/decimal.js';
export { type Rounding, type RoundingMode, roundDecimal } from './money/rounding.js';
export { Money, type MoneyJson, type Currency, minorDigits } from './money/money.js';
export { Rate } from './money/rate.js';

// --- product and loan lifecycle ---
export {
  type LoanProduct,
  type ProcessingFee,
  type ProductRuleViolation,
  type TenureUnit,
  checkAgainstProduct,
} from './product/loan-product.js';
export { type LoanStatus, LOAN_STATUSES } from './loan/loan-status.js';
export { Loan } from './loan/loan.js';
export { type LoanSnapshot, type LoanApplicationRequest, type LoanDecisionOutcome, type LoanDisbursal, type LoanClosure } from './loan/loan-snapshot.js';
/**
 * The schedule terms a product implies for an amount and tenure, and the minimum cooling-off period.
 * @example generateSchedule(quoteTerms(product, Money.of('20000'), 30, localDate('2026-11-23')))
 */
export { quoteTerms, minimumCoolingOffDays, INDIA_GST_PERCENT } from './product/quote-terms.js';

// --- calculators (money extensions, schedule, APR, KFS, underwriting, servicing) ---
// Money extensions.
export { allocate } from './money/allocate.js';
export { percentOf, clampMoney } from './money/money-helpers.js';
// Dates, day counts and the EMI.
export { type Frequency, FREQUENCIES, addPeriods } from './schedule/calendar.js';
/**
 * Calendar days between two business dates (negative when `to` is earlier), and a date moved by whole days.
 * @example daysBetween(localDate('2026-11-20'), localDate('2026-11-23')) // 3; plusDays(localDate('2026-11-23'), 3) // '2026-11-26'
 */
export { daysBetween, plusDays } from './schedule/calendar.js';
export { type DayCount, DAY_COUNTS, dayCountDays, yearFraction } from './schedule/day-count.js';
export { type EmiInput, emi, annuityPrincipal, periodicRate, periodsPerYear } from './schedule/emi.js';
// Schedules.
export { generateSchedule, buildSchedule } from './schedule/generate-schedule.js';
export { parseScheduleTerms } from './schedule/parse-schedule-terms.js';
export type {
  ScheduleTermsJson,
  ScheduleTerms,
  ScheduleMethod,
  InterestBasis,
  BrokenPeriodTreatment,
  FeeCollection,
  FeesJson,
  ChargeJson,
  ProcessingFeeJson,
  HolidaysJson,
  HolidayMove,
  HolidayInterest,
  ScheduleRoundingJson,
} from './schedule/schedule-terms.js';
export type { ScheduleJson, ScheduleRowJson, ChargeLineJson } from './schedule/schedule-json.js';
// APR and the Key Facts Statement.
export { calculateApr, type AprMethod, type AprInput, type AprPayment, type AprResult } from './apr/calculate-apr.js';
export { scheduleCashFlows } from './apr/schedule-cash-flows.js';
export { RATE_TOLERANCE } from './apr/solve-rate.js';
export { keyFactsStatement, type KeyFactsInput, type KeyFactsStatement } from './apr/key-facts-statement.js';
// Underwriting.
export { averageSalary, foirRatio, eligibleFoirFor, type EligibleFoir, type FoirBand } from './underwriting/foir.js';
export { creditAppraisal, type CamInput, type CreditAppraisal, type AppraisedProduct } from './underwriting/credit-appraisal.js';
// Servicing.
export { penalCharge, bounceCharge, type PenalPolicy, type PenalChargeInput, type PenalCharge } from './servicing/penal-charge.js';
export { allocateRepayment, DEFAULT_WATERFALL, type DueBucket, type Dues, type WaterfallResult } from './servicing/repayment-waterfall.js';
export { scheduledPosition, type ScheduledPosition } from './servicing/outstanding.js';
export { foreclosureQuote, type ForeclosureInput, type ForeclosureQuote } from './servicing/foreclosure-quote.js';
/**
 * A loan's position on a date from its fixed schedule and its ledger: dues by bucket, interest to accrue,
 * days past due and each instalment's paid status.
 * @example const { dues, daysPastDue } = loanPosition(schedule, entries, localDate('2026-12-23'));
 */
export { loanPosition, type LoanPosition, type InstalmentStatus } from './servicing/loan-position.js';
export { restructure, type RestructureInput } from './servicing/restructure.js';

// --- decisioning (rules, evaluation, allocation, harness) ---
// Rules engine: JSON rule sets compiled once to closures; explained, three-valued decisions.
export { compileRuleSet } from './rules/compile-rule-set.js';
export { CompiledRuleSet, type EvaluateOptions, type RuleInfo } from './rules/compiled-rule-set.js';
export {
  type Decision,
  type DecisionOutcome,
  type DecisionReason,
  type RuleExplanation,
  type RuleOutcome,
  type RuleSetRef,
  OUTCOME_RANK,
} from './rules/decision.js';
export type { CheckTrace, FactRead } from './rules/eval-context.js';
export {
  type RuleSetStatus,
  type RuleSetVersion,
  type RuleSetLifecycleError,
  type CheckOutcome,
  draftRuleSetVersion,
  recordRuleSetCheck,
  activateRuleSetVersion,
} from './rules/rule-set-lifecycle.js';
export type { ValidationError } from './rules/validation-error.js';
export type {
  RuleSetJson,
  RuleJson,
  RuleKind,
  OnUnknown,
  ConditionJson,
  ComparisonOp,
  ExprJson,
  FactJson,
  LiteralJson,
  RuleSetExampleJson,
} from './rules/rule-set-json.js';
// Decision tables and the offer engine.
export { compileDecisionTable, CompiledDecisionTable, type HitPolicy, type TableHit, type TableResult } from './rules/decision-table.js';
export type { CellJson, OutputType, OutputValue } from './rules/decision-table-cells.js';
export { makeOffer, type OfferRequest, type OfferResult, type OfferTenure } from './rules/offer.js';
export { emiPreview } from './rules/emi-preview.js';
// Evaluation engine (weighted scorecards).
export { compileScorecard } from './evaluation/compile-scorecard.js';
export { CompiledScorecard, type Evaluation, type EvaluationOutcome, type ItemScore } from './evaluation/scorecard.js';
// Allocation policies (pure functions of a snapshot).
export { assignNewLoans, type LoanExecutive, type NewLoanSnapshot, type NewLoanAllocation } from './allocation/assign-new-loans.js';
export {
  assignOverdueLoans,
  type CollectionExecutive,
  type OverdueLoan,
  type OverdueSnapshot,
  type OverdueAllocation,
} from './allocation/assign-overdue-loans.js';
export type { Assignment, StaffMember, Unassigned, UnassignedReason } from './allocation/staff-availability.js';
// Verification harness (the only domain code that uses fast-check).
export { checkRuleSet, type CheckRuleSetOptions } from './harness/check-rule-set.js';
export { assertRuleSet } from './harness/assert-rule-set.js';
export type { RuleSetReport, Finding, FindingCode, RuleCoverage, BoundaryCase } from './harness/report.js';
export { factsArbitrary, type Facts, type FactsArbitraryOptions } from './harness/facts-arbitrary.js';
export {
  diffDecisions,
  generateApplications,
  tallyDecisionChanges,
  type JudgedOutcome,
  type DecisionDiff,
  type ChangedDecision,
  type ReplayApplication,
} from './harness/diff-decisions.js';
export { formatRuleSetReport, formatDecisionDiff } from './harness/format-report.js';

// --- ledger ---
/**
 * The loan accounts of a brand's books, each with its normal balance side.
 * @example chartOfAccounts('acme').find((a) => a.code === 'GST_PAYABLE')?.normalBalance // 'CREDIT'
 */
export {
  type AccountCode,
  type AccountType,
  type LedgerAccount,
  type NormalBalance,
  ACCOUNT_CODES,
  chartOfAccounts,
  normalBalanceOf,
} from './ledger/ledger-account.js';
/**
 * A balanced, immutable journal entry, and `reverse`, its only correction (the mirrored entry).
 * @throws DomainInvariantError `LEDGER_UNBALANCED`, `LEDGER_NON_POSITIVE_LINE`, `LEDGER_MIXED_CURRENCIES`, `LEDGER_TOO_FEW_LINES`.
 * @example const fix = reverse(entry, 'je-9', localDate('2025-05-02'));
 */
export {
  JournalEntry,
  type JournalLine,
  type JournalEntryInput,
  type EntryHeader,
  type EntryKind,
  reverse,
} from './ledger/journal-entry.js';
/**
 * Books a disbursal: Dr principal receivable = Cr disbursement clearing + Cr fee income + Cr GST payable.
 * @example postDisbursal(header, { principal: Money.of('100000'), deductedFees: [{ name: 'processing fee', amount: Money.of('2000'), gst: Money.of('360') }] })
 */
export { postDisbursal, type DisbursalPosting, type DeductedFee } from './ledger/post-disbursal.js';
/**
 * The disbursal a generated schedule implies: principal, deducted charges with GST, separate broken-period interest.
 * @example postDisbursal(header, disbursalFromSchedule(generateSchedule(terms)))
 */
export { disbursalFromSchedule } from './ledger/disbursal-from-schedule.js';
/**
 * Books interest earned: Dr interest receivable, Cr interest income.
 * @example postInterestAccrual(header, Money.of('986.30'))
 */
export { postInterestAccrual } from './ledger/post-interest-accrual.js';
/**
 * Books a repayment applied by the servicing waterfall, with any excess held for the borrower.
 * @example const { entry, allocation } = postRepayment(header, { payment: Money.of('9000'), balances: loanBalances(loanId, entries) })
 */
export { postRepayment, type RepaymentPosting, type RepaymentResult } from './ledger/post-repayment.js';
/**
 * Books a penal or fee charge (from `penalCharge` / `bounceCharge`) with its GST.
 * @example postCharge(header, 'FEE', bounceCharge(Money.of('500'), Rate.percent('18'), { dp: 2, mode: 'HALF_UP' }))
 */
export { postCharge, type ChargeKind } from './ledger/post-charge.js';
/**
 * Books a waiver of penal charges, fees or interest, reversing the GST it carried.
 * @throws DomainInvariantError `LEDGER_WAIVER_EXCEEDS_BALANCE` when more is waived than is owed.
 * @example postWaiver(header, { bucket: 'PENAL', amount: Money.of('59'), gst: Money.of('9'), balances })
 */
export { postWaiver, type WaiverPosting } from './ledger/post-waiver.js';
/**
 * Writes off outstanding principal to the write-off expense account.
 * @example postWriteOff(header, balances.principal, balances)
 */
export { postWriteOff } from './ledger/post-write-off.js';
/**
 * Holds money received for a borrower that is not applied to dues.
 * @example postExcessHeld(header, Money.of('1500'))
 */
export { postExcessHeld } from './ledger/post-excess-held.js';
/**
 * Applies the excess held for a borrower to the dues that have fallen since (an advance meeting its instalment).
 * @example const applied = postExcessApplied(header, { balances, dues }); if (applied) entries.push(applied.entry);
 */
export { postExcessApplied } from './ledger/post-excess-applied.js';
/**
 * Reverses a repayment whose instrument bounced, so its dues are owed again.
 * @example postBouncedPayment(repaymentEntry, 'je-12', localDate('2025-05-07'))
 */
export { postBouncedPayment } from './ledger/post-bounced-payment.js';
/**
 * Account balances on each account's normal side, summed from entries.
 * @example accountBalances(entries).GST_PAYABLE.toFixed() // '360.00'
 */
export { accountBalances, type AccountBalances } from './ledger/account-balances.js';
/**
 * A loan's outstanding principal, interest, fees, penal charges and excess, derived from its entries.
 * @example loanBalances('loan-1', entries).principal.toFixed() // '92115.00'
 */
export { loanBalances, type LoanBalances } from './ledger/loan-balances.js';
/**
 * Debit and credit totals per brand and currency, with whether each balances.
 * @example trialBalance(entries).every((t) => t.balanced)
 */
export { trialBalance, type BrandTrialBalance } from './ledger/trial-balance.js';

// --- kyc (name matching, identity numbers) ---
/**
 * How closely two personal names agree (0–100), order-, case- and honorific-insensitive; the words compared
 * and the points for one pair of words.
 * @example nameMatchScore('MR RAHUL KUMAR SHARMA', 'Sharma Rahul Kumar') // 100
 */
export { nameMatchScore, nameTokens, tokenPoints } from './kyc/name-match.js';
/**
 * Aadhaar numbers: Verhoeff validation and the masked form, the only one stored.
 * @throws DomainInvariantError `AADHAAR_INVALID` from `maskAadhaar` on an invalid number.
 * @example maskAadhaar('234123412346') // 'XXXX-XXXX-2346'
 */
export { isValidAadhaar, maskAadhaar, isMaskedAadhaar, verhoeffCheckDigit } from './kyc/aadhaar.js';
/**
 * PAN structure check and the masked form shown on documents.
 * @example isValidPan('ABCPE1234F') && maskPan('ABCPE1234F') // 'XXXXXX234F'
 */
export { isValidPan, maskPan } from './kyc/pan.js';

// --- loan lifecycle (appraisal, recommendation, sanction, agreement) ---
/**
 * Who acts on a loan and the brand's lifecycle configuration: sanction limits by role, rejection reasons,
 * and the agreement documents sent for e-sign.
 * @example
 * loan.sanction({ userId, roles: ['SANCTION_MANAGER'] }, [{ role: 'SANCTION_MANAGER', maxAmount: Money.of('100000') }], at);
 */
export {
  type LoanStaffActor,
  type SanctionLimit,
  type RejectionReason,
  type AgreementSent,
  CREDIT_ROLES,
  SANCTION_ROLES,
  OPS_ROLES,
} from './loan/lifecycle-rules.js';

// --- bank statements ---
/**
 * A bank statement as analysed: its period and its lines (value date, credit or debit, amount, balance after,
 * narration, and a category: SALARY, BOUNCE or OTHER).
 * @example const statement: BankStatement = { period: { from, to }, transactions: [{ valueDate, direction: 'CREDIT', amount, balanceAfter, narration: 'SALARY ACME', category: 'SALARY' }] };
 */
export {
  type BankStatement,
  type StatementPeriod,
  type StatementTransaction,
  type TransactionCategory,
  type TransactionDirection,
  TRANSACTION_CATEGORIES,
} from './bank-statements/statement-transaction.js';
/**
 * The `bank.*` figures as of a date: bounces in the last three months, the last salary credit, and the mean
 * end-of-day balance over the 90 days up to it within the statement's period, HALF_UP to the paisa.
 * @example bankStatementFigures(statement, localDate('2026-06-15')) // { bouncesLast3Months: 0, lastSalaryCreditOn: '2026-05-31', averageBalance }
 */
export { bankStatementFigures, endOfDayBalances, openingBalance, AVERAGE_BALANCE_DAYS, type BankStatementFigures } from './bank-statements/bank-statement-figures.js';
