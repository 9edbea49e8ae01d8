import type { Money } from '../money/money.js';
import { type EntryHeader, type EntryKind, JournalEntry, type JournalLine } from './journal-entry.js';
import type { AccountCode } from './ledger-account.js';

/**
 * A debit line.
 * @example dr('PRINCIPAL_RECEIVABLE', Money.of('100000'))
 */
export const dr = (account: AccountCode, amount: Money): JournalLine => ({ account, side: 'DEBIT', amount });
/**
 * A credit line.
 * @example cr('DISBURSEMENT_CLEARING', Money.of('97640'))
 */
export const cr = (account: AccountCode, amount: Money): JournalLine => ({ account, side: 'CREDIT', amount });

/**
 * Builds an entry from a posting rule's lines, leaving out zero lines (no GST on an exempt charge, no
 * excess on an exact payment): a ledger line records movement, and zero moves nothing.
 * @example post(header, 'INTEREST_ACCRUAL', 'May interest', [dr('INTEREST_RECEIVABLE', m), cr('INTEREST_INCOME', m)])
 */
export function post(header: EntryHeader, kind: EntryKind, memo: string, lines: readonly JournalLine[]): JournalEntry {
  return JournalEntry.create({ ...header, kind, memo, lines: lines.filter((l) => !l.amount.isZero()) });
}
