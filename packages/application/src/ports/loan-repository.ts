import type { Loan, LoanStatus } from '@los/domain';

/** A page of results with the total count of matching rows. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

/** Filters for a brand's loan list. */
export interface LoanListQuery {
  /** One status, or any of several (completed loans: CLOSED, SETTLED, WRITTEN_OFF). */
  readonly status?: LoanStatus | readonly LoanStatus[];
  readonly productId?: string;
  readonly customerId?: string;
  readonly limit: number;
  readonly offset: number;
}

/** Thrown by `save` when the loan changed since it was loaded (optimistic concurrency). */
export class ConcurrencyConflictError extends Error {
  override readonly name = 'ConcurrencyConflictError';
  constructor(
    readonly aggregate: string,
    readonly id: string,
    readonly expectedVersion: number,
  ) {
    super(`${aggregate} ${id} was changed by someone else (expected version ${expectedVersion})`);
  }
}

/** Loans, always scoped to one brand. */
export interface LoanRepository {
  /** Inserts a new loan at version 0. */
  add(loan: Loan): Promise<void>;
  findById(brandId: string, loanId: string): Promise<Loan | null>;
  /**
   * Stores the loan's state if its stored version still equals `loan.version`, and bumps the version.
   * @throws ConcurrencyConflictError when another writer got there first; nothing is written.
   */
  save(loan: Loan): Promise<void>;
  /**
   * The loans in repayment (ACTIVE or OVERDUE) across brands, ordered by id, a page after `afterLoanId`:
   * what the day-end close walks.
   */
  listInRepayment(limit: number, afterLoanId?: string): Promise<readonly { readonly brandId: string; readonly loanId: string }[]>;
  /** The loans of every brand in one status, ordered by id, a page after `afterLoanId` (disbursals to reconcile, say). */
  listIdsInStatus(status: LoanStatus, limit: number, afterLoanId?: string): Promise<readonly { readonly brandId: string; readonly loanId: string }[]>;
  /** The brand's loans, newest first. */
  listByBrand(brandId: string, query: LoanListQuery): Promise<Page<Loan>>;
}
