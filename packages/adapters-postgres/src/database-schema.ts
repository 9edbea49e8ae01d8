import type { ColumnType } from 'kysely';
import type { BrandKycSettingsTable, CustomerKycTable } from './customer-kyc-tables.js';
import type { JournalEntriesTable, JournalLinesTable, WebhookInboxTable } from './ledger-webhook-tables.js';
import type { LoanPaymentLinksTable, LoanPaymentsTable, LoanSchedulesTable } from './servicing-tables.js';
import type { BlocklistEntriesTable } from './blocklist-table.js';
import type { BankStatementLinesTable, BankStatementsTable } from './bank-statement-tables.js';
import type { RefreshTokensTable } from './refresh-tokens-table.js';
import type { BrandProvidersTable } from './brand-providers-table.js';

/** A `numeric` column: read and written as a decimal string, never a JS number. */
type NumericColumn = ColumnType<string, string, string>;
/** A `timestamptz` column: read as a Date, written as a Date. */
type InstantColumn = ColumnType<Date, Date, Date>;
/** A `timestamptz` column filled by the database when omitted. */
type DefaultInstantColumn = ColumnType<Date, Date | undefined, Date>;
/** A `jsonb` column: written as a JSON string so both drivers pass it through unchanged. */
type JsonColumn<T> = ColumnType<T, string, string>;

export interface BrandsTable {
  id: string;
  code: string;
  name: string;
  created_at: InstantColumn;
}

/** The stored form of a product's processing fee: decimal strings only. */
export type ProcessingFeeJson =
  | { readonly kind: 'FLAT'; readonly amount: string; readonly currency: string }
  | {
      readonly kind: 'PERCENT';
      readonly ratePercent: string;
      readonly min?: { readonly amount: string; readonly currency: string };
      readonly max?: { readonly amount: string; readonly currency: string };
    };

export interface LoanProductsTable {
  id: string;
  brand_id: string;
  code: string;
  name: string;
  currency: string;
  min_amount: NumericColumn;
  max_amount: NumericColumn;
  tenure_unit: string;
  allowed_tenures: number[];
  annual_rate_percent: NumericColumn;
  processing_fee: JsonColumn<ProcessingFeeJson>;
  active: boolean;
}

export interface StaffUsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  super_admin: boolean;
  active: boolean;
  created_at: InstantColumn;
}

export interface StaffRolesTable {
  user_id: string;
  brand_id: string;
  role: string;
}

export interface CustomersTable {
  id: string;
  brand_id: string;
  phone: string;
  created_at: InstantColumn;
}

export interface LoansTable {
  id: string;
  brand_id: string;
  customer_id: string;
  product_id: string;
  amount: NumericColumn;
  currency: string;
  tenure: number;
  status: string;
  rejection_reasons: string[];
  decision_id: string | null;
  assignee_id: string | null;
  assigned_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  applied_at: InstantColumn;
  updated_at: InstantColumn;
  version: number;
  // Migration 0005 (lifecycle): optional on insert, so loans written before it keep working.
  cam_version?: ColumnType<number | null, number | null | undefined, number | null>;
  recommended_by?: ColumnType<string | null, string | null | undefined, string | null>;
  sanctioned_by?: ColumnType<string | null, string | null | undefined, string | null>;
  sanctioned_at?: ColumnType<Date | null, Date | null | undefined, Date | null>;
  agreement?: ColumnType<LoanAgreementJson | null, string | null | undefined, string | null>;
  // Migration 0007 (servicing).
  disbursal?: ColumnType<LoanDisbursalJson | null, string | null | undefined, string | null>;
  days_past_due?: ColumnType<number, number | undefined, number>;
  closure?: ColumnType<string | null, string | null | undefined, string | null>;
  closed_at?: ColumnType<Date | null, Date | null | undefined, Date | null>;
  noc_key?: ColumnType<string | null, string | null | undefined, string | null>;
  // Migration 0011 (collections).
  collector_id?: ColumnType<string | null, string | null | undefined, string | null>;
  collector_assigned_at?: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** `loans.disbursal`: the payout request and, once settled, its UTR and date (migration 0007). */
export interface LoanDisbursalJson {
  requestId: string;
  attempt: number;
  requestedBy: string;
  providerPayoutId?: string;
  utr?: string;
  disbursedOn?: string;
}

export interface OutboxTable {
  /** bigserial, read back as a string (int8). */
  seq: ColumnType<string, never, never>;
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  brand_id: string;
  occurred_at: InstantColumn;
  payload: JsonColumn<Record<string, unknown>>;
  created_at: DefaultInstantColumn;
  published_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface ProcessedMessagesTable {
  consumer: string;
  event_id: string;
  processed_at: InstantColumn;
}

/** A scheduled job's run: `counts` holds whole numbers by name. */
export interface JobRunsTable {
  id: string;
  job: string;
  runner: string;
  started_at: InstantColumn;
  finished_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  outcome: string;
  counts: JsonColumn<Record<string, number>>;
  error: string | null;
}

export interface LoanApplicantsTable {
  loan_id: string;
  brand_id: string;
  /** `date` columns come back as YYYY-MM-DD strings. */
  date_of_birth: string | null;
  pan: string | null;
  monthly_income: ColumnType<string | null, string | null | undefined, string | null>;
  income_currency: string | null;
  employment_type: string | null;
  employer_name: string | null;
  employer_category: string | null;
  months_with_employer: number | null;
  pincode: string | null;
  email: string | null;
  /** Migration 0014. */
  aadhaar_ref: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface RuleSetsTable {
  brand_id: string;
  rule_set_id: string;
  version: number;
  fingerprint: string;
  status: string;
  product_code: string | null;
  checked_on: string | null;
  document: JsonColumn<Record<string, unknown>>;
  scorecard: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  created_at: InstantColumn;
  created_by: string;
}

export interface DecisionsTable {
  id: string;
  brand_id: string;
  loan_id: string;
  rule_set_id: string;
  rule_set_version: number;
  rule_set_fingerprint: string;
  outcome: string;
  loan_status: string;
  reasons: JsonColumn<unknown[]>;
  evaluation: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  explanation: JsonColumn<unknown[]>;
  facts: JsonColumn<Record<string, unknown>>;
  as_of: string;
  decided_at: InstantColumn;
}

export interface AllocationCursorsTable {
  brand_id: string;
  last_assigned_id: string | null;
}

export interface StaffUnavailabilityTable {
  brand_id: string;
  staff_id: string;
  date: string;
}

/** `collection_profiles`: a collection executive's rating, locations and capacity on a brand (migration 0011). */
export interface CollectionProfilesTable {
  brand_id: string;
  user_id: string;
  rating: NumericColumn;
  locations: string[];
  capacity: number | null;
  updated_at: InstantColumn;
}

/** The tables of the LOS database, as Kysely sees them. */
export interface DatabaseSchema {
  brands: BrandsTable;
  loan_products: LoanProductsTable;
  staff_users: StaffUsersTable;
  staff_roles: StaffRolesTable;
  customers: CustomersTable;
  loans: LoansTable;
  outbox: OutboxTable;
  processed_messages: ProcessedMessagesTable;
  loan_applicants: LoanApplicantsTable;
  rule_sets: RuleSetsTable;
  decisions: DecisionsTable;
  allocation_cursors: AllocationCursorsTable;
  staff_unavailability: StaffUnavailabilityTable;
  collection_profiles: CollectionProfilesTable;
  brand_closed_dates: BrandClosedDatesTable;
  blocklist_entries: BlocklistEntriesTable;
  bank_statements: BankStatementsTable;
  bank_statement_lines: BankStatementLinesTable;
  job_runs: JobRunsTable;
  journal_entries: JournalEntriesTable;
  journal_lines: JournalLinesTable;
  webhook_inbox: WebhookInboxTable;
  loan_cam_versions: LoanCamVersionsTable;
  loan_comments: LoanCommentsTable;
  loan_timeline: LoanTimelineTable;
  sanction_limits: SanctionLimitsTable;
  rejection_reasons: RejectionReasonsTable;
  loan_schedules: LoanSchedulesTable;
  loan_payments: LoanPaymentsTable;
  loan_payment_links: LoanPaymentLinksTable;
  customer_kyc: CustomerKycTable;
  brand_kyc_settings: BrandKycSettingsTable;
  reminders_sent: RemindersSentTable;
  audit_log: AuditLogTable;
  refresh_tokens: RefreshTokensTable;
  brand_providers: BrandProvidersTable;
}

/** `audit_log`: one row per state change, append-only (the database refuses UPDATE, DELETE, TRUNCATE; migration 0012). */
export interface AuditLogTable {
  seq: ColumnType<string, never, never>;
  id: string;
  brand_id: string;
  entity_type: string;
  entity_id: string;
  action: string;
  actor_id: string | null;
  before: ColumnType<Record<string, unknown> | null, string | null, never>;
  after: JsonColumn<Record<string, unknown>>;
  request_id: string | null;
  at: InstantColumn;
}

/** `reminders_sent`: one repayment reminder per (loan, due date, kind), claimed before it is sent (migration 0010). */
export interface RemindersSentTable {
  brand_id: string;
  loan_id: string;
  /** `date`, read and written as 'YYYY-MM-DD'. */
  due_date: string;
  kind: string;
  channel: string;
  recipient: string;
  template: string;
  variables: JsonColumn<Record<string, string>>;
  state: string;
  attempts: number;
  claimed_at: InstantColumn;
  sent_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  provider_message_id: string | null;
  last_error: string | null;
}

/** `loans.agreement`: the stored documents and e-sign request of the agreement last sent (migration 0005). */
export interface LoanAgreementJson {
  kfsKey: string;
  agreementKey: string;
  esignRequestId: string;
  signingUrl?: string;
  signatureExpiresAt?: string;
}

/** `loan_cam_versions`: every saved credit appraisal memo (migration 0005). */
export interface LoanCamVersionsTable {
  brand_id: string;
  loan_id: string;
  version: number;
  salary_credits: JsonColumn<string[]>;
  obligations: JsonColumn<string[]>;
  appraisal: JsonColumn<Record<string, string>>;
  created_by: string;
  created_at: InstantColumn;
}

/** `loan_comments` (migration 0005). */
export interface LoanCommentsTable {
  seq: ColumnType<string, never, never>;
  id: string;
  brand_id: string;
  loan_id: string;
  author_id: string;
  body: string;
  created_at: InstantColumn;
}

/** `loan_timeline`: one row per loan transition, written in its transaction (migration 0005). */
export interface LoanTimelineTable {
  seq: ColumnType<string, never, never>;
  id: string;
  brand_id: string;
  loan_id: string;
  type: string;
  status: string;
  actor_id: string | null;
  at: InstantColumn;
  details: JsonColumn<Record<string, unknown>>;
}

/** `sanction_limits`: how much each role may sanction on a brand; null means no upper bound (migration 0005). */
export interface SanctionLimitsTable {
  brand_id: string;
  role: string;
  max_amount: ColumnType<string | null, string | null, string | null>;
  currency: string | null;
}

/** `rejection_reasons`: the reasons a brand's staff may reject with (migration 0005). */
export interface RejectionReasonsTable {
  brand_id: string;
  code: string;
  label: string;
}


/** `brand_closed_dates`: days a brand does not work (migration 0006). */
export interface BrandClosedDatesTable {
  brand_id: string;
  date: string;
  reason: string;
}
