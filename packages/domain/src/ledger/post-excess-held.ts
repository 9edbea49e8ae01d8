import type { Money } from '../money/money.js';
import type { EntryHeader, JournalEntry } from './journal-entry.js';
import { cr, dr, post } from './posting.js';

/**
 * Holds money received for a borrower that is not applied to dues (an advance before the first
 * instalment, a payment received after closure): Dr collections clearing, Cr customer excess. RBI's fair
 * practices expect such credit to be refunded or applied on the borrower's instruction, never silently.
 * @throws DomainInvariantError `LEDGER_NON_POSITIVE_LINE` for a zero amount.
 * @example postExcessHeld(header, Money.of('1500'), 'Advance before the first instalment')
 */
export function postExcessHeld(header: EntryHeader, amount: Money, memo = 'Excess held for the borrower'): JournalEntry {
  return post(header, 'EXCESS_HELD', memo, [dr('COLLECTIONS_CLEARING', amount), cr('CUSTOMER_EXCESS', amount)]);
}
