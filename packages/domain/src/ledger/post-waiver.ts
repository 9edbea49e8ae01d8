import { DomainInvariantError } from '../errors.js';
import { Money } from '../money/money.js';
import type { AccountCode } from './ledger-account.js';
import type { EntryHeader, JournalEntry } from './journal-entry.js';
import type { LoanBalances } from './loan-balances.js';
import { cr, dr, post } from './posting.js';

/**
 * What a waiver forgives.
 * @example const waiver: WaiverPosting = { bucket: 'PENAL', amount: Money.of('59'), gst: Money.of('9'), balances };
 */
export interface WaiverPosting {
  readonly bucket: 'PENAL' | 'FEES' | 'INTEREST';
  /** The amount forgiven from the receivable, GST included. */
  readonly amount: Money;
  /** The GST inside `amount` that is no longer owed to the government (zero for interest). */
  readonly gst?: Money;
  readonly balances: LoanBalances;
}

const ACCOUNTS: Readonly<Record<WaiverPosting['bucket'], { receivable: AccountCode; income: AccountCode; balance: keyof LoanBalances }>> = {
  PENAL: { receivable: 'PENAL_RECEIVABLE', income: 'PENAL_INCOME', balance: 'penal' },
  FEES: { receivable: 'FEE_RECEIVABLE', income: 'FEE_INCOME', balance: 'fees' },
  INTEREST: { receivable: 'INTEREST_RECEIVABLE', income: 'INTEREST_INCOME', balance: 'interest' },
};

/**
 * Books a waiver: the income recognised on the charge is given back and the receivable is cleared, with
 * the GST reversed when the charge carried it. Dr income (+ Dr GST payable), Cr receivable.
 * @throws DomainInvariantError `LEDGER_WAIVER_EXCEEDS_BALANCE` when more is waived than is owed, or
 * `LEDGER_INVALID_WAIVER_GST` when the GST is negative or larger than the amount.
 * @example postWaiver(header, { bucket: 'INTEREST', amount: balances.interest, balances })
 */
export function postWaiver(header: EntryHeader, input: WaiverPosting): JournalEntry {
  const a = ACCOUNTS[input.bucket];
  const gst = input.gst ?? Money.zero(input.amount.currency);
  const owed = input.balances[a.balance] as Money;
  if (input.amount.greaterThan(owed)) {
    throw new DomainInvariantError('LEDGER_WAIVER_EXCEEDS_BALANCE', `cannot waive ${input.amount.toFixed()} of ${owed.toFixed()} owed`, { id: header.id });
  }
  if (gst.isNegative() || gst.greaterThan(input.amount)) {
    throw new DomainInvariantError('LEDGER_INVALID_WAIVER_GST', 'the GST must lie between zero and the amount waived', { id: header.id });
  }
  return post(header, 'WAIVER', `Waiver of ${input.bucket.toLowerCase()}`, [
    dr(a.income, input.amount.minus(gst)),
    dr('GST_PAYABLE', gst),
    cr(a.receivable, input.amount),
  ]);
}
