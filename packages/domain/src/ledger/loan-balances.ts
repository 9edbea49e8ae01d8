import { DomainInvariantError } from '../errors.js';
import type { Money } from '../money/money.js';
import { accountBalances } from './account-balances.js';
import type { JournalEntry } from './journal-entry.js';

/**
 * What a borrower owes on a loan, and the credit held for them, as the ledger shows it.
 * @example const { principal, interest, excess } = loanBalances('L-1', entries);
 */
export interface LoanBalances {
  readonly loanId: string;
  readonly principal: Money;
  readonly interest: Money;
  readonly fees: Money;
  readonly penal: Money;
  /** Money received beyond the dues, held for the borrower. */
  readonly excess: Money;
}

/**
 * A loan's balances derived from its journal entries (never from counters kept alongside), so they can
 * always be rebuilt and audited.
 * @throws DomainInvariantError `LEDGER_FOREIGN_ENTRY` when an entry belongs to another loan.
 * @example loanBalances('L-1', entries).principal.toFixed() // '92115.00'
 */
export function loanBalances(loanId: string, entries: readonly JournalEntry[], currency = 'INR'): LoanBalances {
  const foreign = entries.find((e) => e.loanId !== loanId);
  if (foreign) throw new DomainInvariantError('LEDGER_FOREIGN_ENTRY', `entry ${foreign.id} belongs to loan ${foreign.loanId}`, { id: foreign.id });
  const b = accountBalances(entries, currency);
  return {
    loanId,
    principal: b.PRINCIPAL_RECEIVABLE,
    interest: b.INTEREST_RECEIVABLE,
    fees: b.FEE_RECEIVABLE,
    penal: b.PENAL_RECEIVABLE,
    excess: b.CUSTOMER_EXCESS,
  };
}
