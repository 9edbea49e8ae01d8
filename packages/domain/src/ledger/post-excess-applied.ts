import { Money } from '../money/money.js';
import { DEFAULT_WATERFALL, type DueBucket, type Dues, type WaterfallResult, allocateRepayment } from '../servicing/repayment-waterfall.js';
import type { EntryHeader, JournalEntry } from './journal-entry.js';
import type { LoanBalances } from './loan-balances.js';
import { cr, dr, post } from './posting.js';

/**
 * Applies the credit held for a borrower to what has fallen due, by the waterfall: Dr customer excess, Cr
 * each receivable with what it got. Only as much excess as the dues need is used; the rest stays held.
 * Returns null when there is no excess or nothing is due.
 * @example const applied = postExcessApplied(header, { balances, dues: position.dues }); if (applied) entries.push(applied.entry);
 */
export function postExcessApplied(
  header: EntryHeader,
  input: { readonly balances: LoanBalances; readonly dues: Dues; readonly order?: readonly DueBucket[] },
): { readonly entry: JournalEntry; readonly allocation: WaterfallResult } | null {
  const { balances, dues } = input;
  const zero = Money.zero(balances.excess.currency);
  const capped: Dues = {
    PENAL: dues.PENAL.min(balances.penal).max(zero),
    FEES: dues.FEES.min(balances.fees).max(zero),
    INTEREST: dues.INTEREST.min(balances.interest).max(zero),
    PRINCIPAL: dues.PRINCIPAL.min(balances.principal).max(zero),
  };
  const needed = Money.sum(Object.values(capped), zero.currency);
  const use = balances.excess.min(needed);
  if (!use.isPositive()) return null;
  const allocation = allocateRepayment(use, capped, input.order ?? DEFAULT_WATERFALL);
  const a = allocation.applied;
  const entry = post(header, 'REPAYMENT', 'Excess applied to dues', [
    dr('CUSTOMER_EXCESS', use),
    cr('PENAL_RECEIVABLE', a.PENAL),
    cr('FEE_RECEIVABLE', a.FEES),
    cr('INTEREST_RECEIVABLE', a.INTEREST),
    cr('PRINCIPAL_RECEIVABLE', a.PRINCIPAL),
  ]);
  return { entry, allocation };
}
