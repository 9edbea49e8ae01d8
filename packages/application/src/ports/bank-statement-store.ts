import type { AnalysedStatement } from './bank-statement-provider.js';

/** Where a shared statement stands. */
export type BankStatementStatus = 'PENDING' | 'COMPLETED' | 'FAILED';

/** A statement a customer shared, from upload to its analysis. */
export interface BankStatementSubmission {
  readonly id: string;
  readonly brandId: string;
  readonly customerId: string;
  /** The provider that took the file (`finbox`, `sandbox-bank-statements`) and its reference for it. */
  readonly provider: string;
  readonly providerReference: string;
  /** Hex SHA-256 of the file: the same file shared twice is one submission. */
  readonly fileSha256: string;
  readonly status: BankStatementStatus;
  readonly submittedAt: Date;
  /** When the analysis completed or failed; null while pending. */
  readonly settledAt: Date | null;
  readonly failureReason: string | null;
  /** The analysis, once completed. */
  readonly analysis: AnalysedStatement | null;
}

/** A pending submission, as the refresh job walks them. */
export interface PendingBankStatement {
  readonly id: string;
  readonly brandId: string;
  readonly provider: string;
  readonly providerReference: string;
  readonly submittedAt: Date;
}

/**
 * The customers' shared statements, per brand. Settling is idempotent: a submission completes or fails
 * once, and a later callback or poll for it changes nothing.
 */
export interface BankStatementStore {
  /**
   * Records a new PENDING submission; 'duplicate' (and nothing written) when the customer already has one
   * of the same file that has not failed.
   */
  record(submission: BankStatementSubmission): Promise<'recorded' | 'duplicate'>;
  /** The customer's live (pending or completed) submission of a file. */
  findByFile(brandId: string, customerId: string, fileSha256: string): Promise<BankStatementSubmission | null>;
  /** 'unchanged' when it is not pending any more (or does not exist). */
  complete(id: string, analysis: AnalysedStatement, at: Date): Promise<'completed' | 'unchanged'>;
  fail(id: string, reason: string, at: Date): Promise<'failed' | 'unchanged'>;
  /** The customer's submissions, newest first. */
  listForCustomer(brandId: string, customerId: string, page: { readonly limit: number; readonly offset: number }): Promise<BankStatementSubmission[]>;
  /** The customer's most recently submitted completed analysis; null when none. */
  latestCompleted(brandId: string, customerId: string): Promise<BankStatementSubmission | null>;
  /** Pending submissions of every brand, oldest first (then by id), a page after `after` at a time. */
  listPending(limit: number, after?: PendingBankStatement): Promise<PendingBankStatement[]>;
}
