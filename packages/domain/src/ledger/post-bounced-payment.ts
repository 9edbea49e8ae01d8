import { DomainInvariantError } from '../errors.js';
import type { LocalDate } from '../local-date.js';
import { type JournalEntry, reverse } from './journal-entry.js';

/**
 * Undoes a repayment whose instrument bounced (a dishonoured NACH debit or cheque): the mirror of the
 * repayment entry, so every bucket it paid is owed again and any excess it created is gone. A bounce
 * charge is booked separately with `postCharge(header, 'FEE', bounceCharge(...))`.
 * @throws DomainInvariantError `LEDGER_NOT_A_REPAYMENT` when the entry is not a repayment or excess received.
 * @example postBouncedPayment(repayment, 'je-12', localDate('2025-05-07'))
 */
export function postBouncedPayment(repayment: JournalEntry, id: string, businessDate: LocalDate): JournalEntry {
  if (repayment.kind !== 'REPAYMENT' && repayment.kind !== 'EXCESS_HELD') {
    throw new DomainInvariantError('LEDGER_NOT_A_REPAYMENT', `entry ${repayment.id} is a ${repayment.kind}, not a payment`, { id: repayment.id });
  }
  return reverse(repayment, id, businessDate, `Bounced payment: reversal of ${repayment.id}`);
}
