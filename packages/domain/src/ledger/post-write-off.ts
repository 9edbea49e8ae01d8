import { DomainInvariantError } from '../errors.js';
import type { Money } from '../money/money.js';
import type { EntryHeader, JournalEntry } from './journal-entry.js';
import type { LoanBalances } from './loan-balances.js';
import { cr, dr, post } from './posting.js';

/**
 * Writes off principal the lender no longer expects to recover: Dr write-off expense, Cr principal
 * receivable. Interest, fees and penal charges are waived with `postWaiver`, since they were income.
 * @throws DomainInvariantError `LEDGER_WRITE_OFF_EXCEEDS_BALANCE` when more is written off than is outstanding.
 * @example postWriteOff(header, balances.principal, balances)
 */
export function postWriteOff(header: EntryHeader, principal: Money, balances: LoanBalances): JournalEntry {
  if (principal.greaterThan(balances.principal)) {
    throw new DomainInvariantError('LEDGER_WRITE_OFF_EXCEEDS_BALANCE', `cannot write off ${principal.toFixed()} of ${balances.principal.toFixed()}`, {
      id: header.id,
    });
  }
  return post(header, 'WRITE_OFF', 'Principal written off', [dr('WRITE_OFF_EXPENSE', principal), cr('PRINCIPAL_RECEIVABLE', principal)]);
}
