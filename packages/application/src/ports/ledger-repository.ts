import type { JournalEntry, LoanBalances } from '@los/domain';

/** Thrown by `append` when an entry id is already in the ledger: entries are written once, never replaced. */
export class DuplicateJournalEntryError extends Error {
  override readonly name = 'DuplicateJournalEntryError';
  constructor(readonly entryId: string) {
    super(`journal entry ${entryId} is already posted`);
  }
}

/**
 * The loan ledger: an append-only store of balanced journal entries. There is no update and no delete;
 * a correction is a reversing entry. Balances are always derived from the entries.
 */
export interface LedgerRepository {
  /**
   * Posts entries together (all or none), in the order given.
   * @throws DuplicateJournalEntryError when an entry id is already posted; nothing is written.
   */
  append(entries: readonly JournalEntry[]): Promise<void>;
  /** A brand's loan's entries in posting order; empty for another brand's loan. */
  entriesOfLoan(brandId: string, loanId: string): Promise<readonly JournalEntry[]>;
  /** What the loan's entries add up to (principal, interest, fees, penal, excess). */
  balancesOfLoan(brandId: string, loanId: string, currency?: string): Promise<LoanBalances>;
}
