import type { CreditAppraisal, LoanStatus, RejectionReason, SanctionLimit } from '@los/domain';
import type { CustomerKycRepository } from './customer-kyc-repository.js';
import type { LedgerRepository } from './ledger-repository.js';
import type { LoanServicingRepository } from './loan-servicing-repository.js';
import type { Repositories } from './unit-of-work.js';

/** One saved version of a loan's credit appraisal memo, with the figures it was computed from. */
export interface CamVersion {
  readonly brandId: string;
  readonly loanId: string;
  readonly version: number;
  readonly salaryCredits: readonly string[];
  readonly obligations: readonly string[];
  readonly appraisal: CreditAppraisal;
  readonly createdBy: string;
  readonly createdAt: Date;
}

/** A staff note on a loan. */
export interface LoanComment {
  readonly id: string;
  readonly brandId: string;
  readonly loanId: string;
  readonly authorId: string;
  readonly body: string;
  readonly createdAt: Date;
}

/** One step of a loan's life, written in the transaction of the transition itself. */
export interface TimelineEntry {
  readonly id: string;
  readonly brandId: string;
  readonly loanId: string;
  /** The domain event type (`loan.sanctioned`). */
  readonly type: string;
  readonly status: LoanStatus;
  /** The staff user or customer who acted; absent for the system (webhooks, jobs). */
  readonly actorId?: string;
  readonly at: Date;
  readonly details: Readonly<Record<string, unknown>>;
}

/** One state change in the append-only audit log, written in the transaction of the change itself. */
export interface AuditEntry {
  readonly id: string;
  readonly brandId: string;
  /** What changed (`loan`). */
  readonly entityType: string;
  readonly entityId: string;
  /** The domain event types of the change, joined by commas (`loan.sanctioned`). */
  readonly action: string;
  /** The staff user or customer who acted; absent for the system (webhooks, jobs, consumers). */
  readonly actorId?: string;
  /** The entity's state before the change; absent when the change created it. */
  readonly before?: Readonly<Record<string, unknown>>;
  readonly after: Readonly<Record<string, unknown>>;
  readonly requestId?: string;
  readonly at: Date;
}

/** Which page of a brand's audit log to read, optionally for one entity. */
export interface AuditQuery {
  readonly entityId?: string;
  readonly limit: number;
  readonly offset: number;
}

/** The records that accompany a loan after review: CAM versions, comments, timeline and the brand's lifecycle settings. */
export interface LoanLifecycleRepository {
  addCamVersion(cam: CamVersion): Promise<void>;
  findLatestCam(brandId: string, loanId: string): Promise<CamVersion | null>;
  addComment(comment: LoanComment): Promise<void>;
  /** Oldest first. */
  listComments(brandId: string, loanId: string): Promise<readonly LoanComment[]>;
  appendTimeline(entries: readonly TimelineEntry[]): Promise<void>;
  /** Oldest first. */
  timeline(brandId: string, loanId: string): Promise<readonly TimelineEntry[]>;
  /** Replaces the brand's limit for the role. */
  setSanctionLimit(brandId: string, limit: SanctionLimit): Promise<void>;
  sanctionLimits(brandId: string): Promise<readonly SanctionLimit[]>;
  /** Adds or relabels a reason the brand's staff may reject with. */
  setRejectionReason(brandId: string, reason: RejectionReason): Promise<void>;
  rejectionReasons(brandId: string): Promise<readonly RejectionReason[]>;
  /** Appends to the audit log; the log is never updated or deleted. */
  appendAudit(entries: readonly AuditEntry[]): Promise<void>;
  /** The brand's audit log, oldest first. */
  auditTrail(brandId: string, query: AuditQuery): Promise<readonly AuditEntry[]>;
}

/** The repositories of one transaction, with the lifecycle records. */
export interface LifecycleRepositories extends Repositories {
  readonly lifecycle: LoanLifecycleRepository;
  /** The ledger, in the same transaction: postings commit with the transition that caused them. */
  readonly ledger: LedgerRepository;
  readonly servicing: LoanServicingRepository;
  readonly kyc: CustomerKycRepository;
}

/** A unit of work whose transaction also covers the lifecycle records. */
export interface LifecycleUnitOfWork {
  run<T>(work: (repositories: LifecycleRepositories) => Promise<T>): Promise<T>;
}
