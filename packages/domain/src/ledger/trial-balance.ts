import { Money } from '../money/money.js';
import type { JournalEntry } from './journal-entry.js';

/**
 * The debit and credit totals of one brand's books in one currency.
 * @example trialBalance(entries)[0] // { brandId: 'acme', currency: 'INR', debits, credits, balanced: true }
 */
export interface BrandTrialBalance {
  readonly brandId: string;
  readonly currency: string;
  readonly debits: Money;
  readonly credits: Money;
  readonly balanced: boolean;
}

/**
 * Totals debits and credits per brand and currency. Each brand keeps its own books, so a set of entries
 * is sound only when every brand balances on its own, not merely in aggregate.
 * @example trialBalance(entries).filter((t) => !t.balanced) // []
 */
export function trialBalance(entries: readonly JournalEntry[]): readonly BrandTrialBalance[] {
  const totals = new Map<string, { brandId: string; currency: string; debits: Money; credits: Money }>();
  for (const entry of entries) {
    const key = `${entry.brandId}\u0000${entry.currency}`;
    const t = totals.get(key) ?? { brandId: entry.brandId, currency: entry.currency, debits: Money.zero(entry.currency), credits: Money.zero(entry.currency) };
    for (const line of entry.lines) {
      if (line.side === 'DEBIT') t.debits = t.debits.plus(line.amount);
      else t.credits = t.credits.plus(line.amount);
    }
    totals.set(key, t);
  }
  return [...totals.values()]
    .sort((a, b) => a.brandId.localeCompare(b.brandId) || a.currency.localeCompare(b.currency))
    .map((t) => ({ ...t, balanced: t.debits.equals(t.credits) }));
}
