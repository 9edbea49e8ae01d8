import type { Money } from '../money/money.js';
import type { EntryHeader, JournalEntry } from './journal-entry.js';
import { cr, dr, post } from './posting.js';

/**
 * Books interest earned for a period (the schedule's interest for an instalment, or a day's accrual):
 * Dr interest receivable, Cr interest income.
 * @throws DomainInvariantError `LEDGER_NON_POSITIVE_LINE` for a zero or negative amount.
 * @example postInterestAccrual(header, Money.of(schedule.rows[0]!.interest))
 */
export function postInterestAccrual(header: EntryHeader, interest: Money, memo = 'Interest accrued'): JournalEntry {
  return post(header, 'INTEREST_ACCRUAL', memo, [dr('INTEREST_RECEIVABLE', interest), cr('INTEREST_INCOME', interest)]);
}
