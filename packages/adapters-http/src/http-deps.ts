import type {
  AllocateOverdueLoans,
  ListMyCollectionLoans,
  SetCollectionProfile,
  DiscardDeadLetter,
  ListDeadLetters,
  ListJobRuns,
  ReplayDeadLetter,
  ApplyForLoan,
  AuthenticateStaff,
  CreateBrand,
  CreateStaffUser,
  GetCustomerLoan,
  ListBrandLoans,
  ListProducts,
  QuoteLoan,
  RequestOtp,
  VerifyOtp,
} from '@los/application';
import type { ListBankStatements, UploadBankStatement } from '@los/application';
import type { IssueSession, RefreshSession, RevokeSession } from '@los/application';
import type { GetBrandProviders, SetBrandProviders } from '@los/application';
import type { AddBlocklistEntry, DocumentStore, GrantWaiver, ListBlocklistEntries, ListCustomerLoans, ReceiveWebhook, RemoveBlocklistEntry, ReverseBouncedPayment } from '@los/application';
import type {
  ActivateRuleSet,
  AllocateUnassignedLoans,
  CheckRuleSetVersion,
  DraftRuleSet,
  DryRunRuleSet,
  ReplayRuleSetVersion,
  GetLoanDecision,
  GetRuleSetVersion,
  ListRuleSets,
  ListStaffUnavailability,
  SetStaffUnavailability,
  SetBrandClosedDates,
  ListBrandClosedDates,
  ValidateRuleSet,
} from '@los/application';
import type {
  AddLoanComment,
  CancelLoan,
  GetAuditTrail,
  GetCustomerLoanDocuments,
  GetLoanDetail,
  RecommendLoan,
  RejectLoan,
  SanctionLoan,
  SaveAppraisal,
  SendAgreement,
} from '@los/application';
import type {
  CreatePaymentLink,
  DecideManualPayment,
  DisburseLoan,
  EnterManualPayment,
  GetLoanLedger,
  GetLoanSchedule,
  ListPayments,
  QuoteForeclosure,
} from '@los/application';
import type {
  GetBrandKycSettings,
  GetCustomerKyc,
  SetBrandKycSettings,
  StartAadhaarOtp,
  SubmitAadhaarOtp,
  VerifyBankAccount,
  VerifyEmployment,
  VerifyPan,
} from '@los/application';
import type { JwtTokenService } from './auth/token-service.js';
import type { HttpLogger } from './logger.js';

/** The use cases the HTTP API drives. */
export interface HttpUseCases {
  readonly createBrand: CreateBrand;
  readonly listProducts: ListProducts;
  readonly createStaffUser: CreateStaffUser;
  readonly authenticateStaff: AuthenticateStaff;
  readonly requestOtp: RequestOtp;
  readonly verifyOtp: VerifyOtp;
  readonly applyForLoan: ApplyForLoan;
  readonly getCustomerLoan: GetCustomerLoan;
  readonly listBrandLoans: ListBrandLoans;
  readonly quoteLoan: QuoteLoan;
}

/** Platform operations for super admins; the /api/v1/admin/dead-letters and /jobs routes exist only when given. */
export interface HttpOperations {
  readonly listDeadLetters: ListDeadLetters;
  readonly replayDeadLetter: ReplayDeadLetter;
  readonly discardDeadLetter: DiscardDeadLetter;
  readonly listJobRuns: ListJobRuns;
}

/** Reachability of one dependency. */
export interface HealthCheck {
  readonly ok: boolean;
  readonly latencyMs: number;
  readonly error?: string;
}

/** Everything `createHttpApp` needs; the composition root builds it. */
export interface HttpDeps {
  readonly useCases: HttpUseCases;
  readonly tokens: JwtTokenService;
  readonly logger: HttpLogger;
  /** Named probes (database, broker, cache); /health answers 503 when one fails. */
  readonly healthChecks: Readonly<Record<string, () => Promise<boolean>>>;
  readonly operations?: HttpOperations;
  /** Prometheus text for /metrics, when the app exposes metrics. */
  readonly metrics?: () => Promise<string>;
  readonly version?: string;
  /** Largest accepted request body in bytes (default 1 MiB). */
  readonly bodyLimitBytes?: number;
  /** Provider webhooks and signed document links; the routes are absent without it. */
  readonly servicing?: ServicingDeps;
  /** Rule sets, loan decisions and staff availability under /api/v1/partner/brand/:brandId; absent without it. */
  readonly decisioning?: DecisioningUseCases;
  /** The loan after review (CAM, recommend, sanction, agreement) and the customer's documents; absent without it. */
  readonly lifecycle?: LifecycleUseCases;
  /** The brand's fraud blocklist under /api/v1/partner/brand/:brandId/blocklist; absent without it. */
  readonly blocklist?: BlocklistUseCases;
  /** The customer's KYC steps under /api/v1/web/kyc, and staff reads and brand KYC settings; absent without it. */
  readonly kyc?: KycUseCases;
  /** A disbursed loan's schedule, ledger, foreclosure quote, payment links, disbursal and manual payments; absent without it. */
  readonly loanServicing?: ServicingUseCases;
  /** Customers share bank statements (/api/v1/web/bank-statements) and staff read a loan's customer's; absent without it. */
  readonly bankStatements?: BankStatementUseCases;
  /** Refresh tokens: sign-ins start a session, and /api/v1/auth/refresh and /logout exist; without it sign-ins give an access token only. */
  readonly sessions?: SessionUseCases;
  /** The brand's provider registry under /api/v1/partner/brand/:brandId/providers; absent without it. */
  readonly providers?: ProviderRegistryUseCases;
}

/** The brand ADMIN's reads and changes of its provider registry. */
export interface ProviderRegistryUseCases {
  readonly getBrandProviders: GetBrandProviders;
  readonly setBrandProviders: SetBrandProviders;
}

/** Sessions of refresh tokens: started at sign-in, rotated on refresh, revoked at logout. */
export interface SessionUseCases {
  readonly issueSession: IssueSession;
  readonly refreshSession: RefreshSession;
  readonly revokeSession: RevokeSession;
}

/** Bank statements customers share for analysis, and the reads of them. */
export interface BankStatementUseCases {
  readonly uploadBankStatement: UploadBankStatement;
  readonly listBankStatements: ListBankStatements;
}

/** The use cases of servicing a loan: disbursal, its books, and the payments that repay it. */
export interface ServicingUseCases {
  readonly disburseLoan: DisburseLoan;
  readonly getLoanSchedule: GetLoanSchedule;
  readonly getLoanLedger: GetLoanLedger;
  readonly quoteForeclosure: QuoteForeclosure;
  readonly createPaymentLink: CreatePaymentLink;
  readonly enterManualPayment: EnterManualPayment;
  readonly decideManualPayment: DecideManualPayment;
  readonly listPayments: ListPayments;
  readonly grantWaiver: GrantWaiver;
  readonly reverseBouncedPayment: ReverseBouncedPayment;
  /** The customer's own loans (`GET /api/v1/web/loans`). */
  readonly listCustomerLoans: ListCustomerLoans;
}

/** The customer KYC steps and the staff's KYC reads and settings. */
export interface KycUseCases {
  readonly verifyPan: VerifyPan;
  readonly startAadhaarOtp: StartAadhaarOtp;
  readonly submitAadhaarOtp: SubmitAadhaarOtp;
  readonly verifyBankAccount: VerifyBankAccount;
  readonly verifyEmployment: VerifyEmployment;
  readonly getCustomerKyc: GetCustomerKyc;
  readonly setBrandKycSettings: SetBrandKycSettings;
  readonly getBrandKycSettings: GetBrandKycSettings;
}

/** The staff use cases of the brand's blocklist. */
export interface BlocklistUseCases {
  readonly listBlocklistEntries: ListBlocklistEntries;
  readonly addBlocklistEntry: AddBlocklistEntry;
  readonly removeBlocklistEntry: RemoveBlocklistEntry;
}

/** The use cases of a loan's life after review. */
export interface LifecycleUseCases {
  readonly getLoanDetail: GetLoanDetail;
  readonly saveAppraisal: SaveAppraisal;
  readonly recommendLoan: RecommendLoan;
  readonly sanctionLoan: SanctionLoan;
  readonly rejectLoan: RejectLoan;
  readonly addLoanComment: AddLoanComment;
  readonly sendAgreement: SendAgreement;
  readonly getCustomerLoanDocuments: GetCustomerLoanDocuments;
  readonly cancelLoan: CancelLoan;
  /** The brand's audit log (its ADMIN or a super admin). */
  readonly getAuditTrail: GetAuditTrail;
}

/** The staff use cases of decisioning. */
export interface DecisioningUseCases {
  readonly listRuleSets: ListRuleSets;
  readonly getRuleSetVersion: GetRuleSetVersion;
  readonly draftRuleSet: DraftRuleSet;
  readonly validateRuleSet: ValidateRuleSet;
  readonly checkRuleSetVersion: CheckRuleSetVersion;
  readonly dryRunRuleSet: DryRunRuleSet;
  readonly replayRuleSetVersion: ReplayRuleSetVersion;
  readonly activateRuleSet: ActivateRuleSet;
  readonly getLoanDecision: GetLoanDecision;
  readonly setStaffUnavailability: SetStaffUnavailability;
  readonly listStaffUnavailability: ListStaffUnavailability;
  readonly setBrandClosedDates: SetBrandClosedDates;
  readonly listBrandClosedDates: ListBrandClosedDates;
  readonly allocateUnassignedLoans: AllocateUnassignedLoans;
  /** Collection profiles, a collection executive's loans, and overdue-loan allocation. */
  readonly collections?: CollectionsUseCases;
}

/** The staff use cases of collections. */
export interface CollectionsUseCases {
  readonly setCollectionProfile: SetCollectionProfile;
  readonly listMyCollectionLoans: ListMyCollectionLoans;
  readonly allocateOverdueLoans: AllocateOverdueLoans;
}

/** What the webhook and document routes need. */
export interface ServicingDeps {
  readonly receiveWebhook: ReceiveWebhook;
  readonly documents: DocumentStore;
  readonly now: () => Date;
}
