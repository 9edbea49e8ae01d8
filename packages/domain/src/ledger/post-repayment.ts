import { Money } from '../money/money.js';
import { DEFAULT_WATERFALL, type DueBucket, type Dues, type WaterfallResult, allocateRepayment } from '../servicing/repayment-waterfall.js';
import type { EntryHeader, JournalEntry } from './journal-entry.js';
import type { LoanBalances } from './loan-balances.js';
import { cr, dr, post } from './posting.js';

/**
 * A payment received and how to apply it.
 * @example postRepayment(header, { payment: Money.of('9000'), balances, dues: { PRINCIPAL: Money.of('7885') } })
 */
export interface RepaymentPosting {
  readonly payment: Money;
  /** The loan's balances before the payment, derived from its ledger. */
  readonly balances: LoanBalances;
  /**
   * What is due now, by bucket (an instalment's principal rather than the whole outstanding). A bucket left
   * out is due in full; a due above the ledger balance is cut to it, so a payment never overpays a bucket.
   */
  readonly dues?: Partial<Dues>;
  readonly order?: readonly DueBucket[];
}

/**
 * The entry and the allocation it books.
 * @example const { entry, allocation } = postRepayment(header, { payment, balances }); allocation.excess
 */
export interface RepaymentResult {
  readonly entry: JournalEntry;
  readonly allocation: WaterfallResult;
}

/**
 * Books a repayment applied by the servicing waterfall (`allocateRepayment`: penal, fees, interest, then
 * principal by default): Dr collections clearing with the payment, Cr each receivable with what it got,
 * and Cr customer excess with whatever is left over.
 * @throws DomainInvariantError `LEDGER_NON_POSITIVE_LINE` for a zero payment, `INVALID_WATERFALL` for a bad order.
 * @example const { entry, allocation } = postRepayment(header, { payment: Money.of('9000'), balances: loanBalances('L-1', entries) });
 */
export function postRepayment(header: EntryHeader, input: RepaymentPosting): RepaymentResult {
  const { balances: b } = input;
  const zero = Money.zero(input.payment.currency);
  const cap = (due: Money | undefined, balance: Money): Money => (due ?? balance).min(balance).max(zero);
  const dues: Dues = {
    PENAL: cap(input.dues?.PENAL, b.penal),
    FEES: cap(input.dues?.FEES, b.fees),
    INTEREST: cap(input.dues?.INTEREST, b.interest),
    PRINCIPAL: cap(input.dues?.PRINCIPAL, b.principal),
  };
  const allocation = allocateRepayment(input.payment, dues, input.order ?? DEFAULT_WATERFALL);
  const a = allocation.applied;
  const entry = post(header, 'REPAYMENT', 'Repayment', [
    dr('COLLECTIONS_CLEARING', input.payment),
    cr('PENAL_RECEIVABLE', a.PENAL),
    cr('FEE_RECEIVABLE', a.FEES),
    cr('INTEREST_RECEIVABLE', a.INTEREST),
    cr('PRINCIPAL_RECEIVABLE', a.PRINCIPAL),
    cr('CUSTOMER_EXCESS', allocation.excess),
  ]);
  return { entry, allocation };
}
