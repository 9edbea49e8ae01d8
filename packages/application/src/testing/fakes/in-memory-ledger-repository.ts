import { type JournalEntry, type LoanBalances, loanBalances } from '@los/domain';
import { DuplicateJournalEntryError, type LedgerRepository } from '../../ports/ledger-repository.js';

/** The ledger in memory: entries are frozen domain objects, kept in posting order and never replaced. */
export class InMemoryLedgerRepository implements LedgerRepository {
  /** @param entries the list entries are appended to (a transaction's working copy, or a fresh one). */
  constructor(private readonly entries: JournalEntry[] = []) {}

  async append(entries: readonly JournalEntry[]): Promise<void> {
    const seen = new Set(this.entries.map((e) => e.id));
    for (const entry of entries) {
      if (seen.has(entry.id)) throw new DuplicateJournalEntryError(entry.id);
      seen.add(entry.id);
    }
    this.entries.push(...entries);
  }

  async entriesOfLoan(brandId: string, loanId: string): Promise<readonly JournalEntry[]> {
    return this.entries.filter((e) => e.brandId === brandId && e.loanId === loanId);
  }

  async balancesOfLoan(brandId: string, loanId: string, currency = 'INR'): Promise<LoanBalances> {
    return loanBalances(loanId, await this.entriesOfLoan(brandId, loanId), currency);
  }
}
