import { DomainInvariantError } from '../errors.js';
import { Money } from '../money/money.js';
import type { JournalEntry } from './journal-entry.js';
import { ACCOUNT_CODES, type AccountCode, normalBalanceOf } from './ledger-account.js';

/**
 * Each account's balance on its normal side (negative when it has swung to the other side).
 * @example accountBalances(entries).FEE_INCOME.toFixed() // '2000.00'
 */
export type AccountBalances = Readonly<Record<AccountCode, Money>>;

/**
 * Sums entries into account balances, each measured on the account's normal side: a debit raises a
 * receivable and lowers an income account.
 * @throws DomainInvariantError `LEDGER_MIXED_CURRENCIES` when an entry is not in `currency`.
 * @example accountBalances(entries).GST_PAYABLE.toFixed() // '360.00'
 */
export function accountBalances(entries: readonly JournalEntry[], currency = 'INR'): AccountBalances {
  const out = Object.fromEntries(ACCOUNT_CODES.map((code) => [code, Money.zero(currency)])) as Record<AccountCode, Money>;
  for (const entry of entries) {
    if (entry.currency !== currency) {
      throw new DomainInvariantError('LEDGER_MIXED_CURRENCIES', `entry ${entry.id} is in ${entry.currency}, not ${currency}`, { id: entry.id });
    }
    for (const line of entry.lines) {
      const signed = line.side === normalBalanceOf(line.account) ? line.amount : line.amount.negated();
      out[line.account] = out[line.account].plus(signed);
    }
  }
  return out;
}
