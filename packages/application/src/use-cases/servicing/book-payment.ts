import { type ForeclosureQuote, type JournalEntry, type Loan, Money, loanBalances, loanPosition, postCharge, postExcessApplied, postExcessHeld, postInterestAccrual, postRepayment } from '@los/domain';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleRepositories } from '../../ports/loan-lifecycle-repository.js';
import type { LoanPayment } from '../../ports/loan-servicing-repository.js';
import { type LoanBooks, dueInterestAccrual, quoteForeclosure, readLoanBooks } from './loan-books.js';
import type { ServicingPolicy } from './servicing-policy.js';

/** How a payment was booked: the entry that took the money in, and whether it closed the loan. */
export interface BookedPayment {
  readonly journalEntryId: string;
  readonly closed: boolean;
}

/**
 * Books a received payment in the caller's transaction and moves the loan with it. Interest of instalments
 * fallen due is accrued first; a repayment then fills the dues by the waterfall (the rest is held as
 * excess). A foreclosure payment that covers today's quote also books the interest accrued since the last
 * due date and the foreclosure charge, clears every receivable (excess held included) and closes the loan;
 * one that falls short is booked as an ordinary repayment. Money for a loan not in repayment is held as
 * excess. The loan's version check serialises concurrent payments: the loser's transaction rolls back whole.
 */
export async function bookPayment(repos: LifecycleRepositories, loan: Loan, payment: LoanPayment, deps: { readonly ids: IdGenerator; readonly policy: ServicingPolicy }, at: Date): Promise<BookedPayment> {
  const header = () => ({ id: deps.ids.next(), brandId: payment.brandId, loanId: payment.loanId, businessDate: payment.receivedOn });
  const books = await readLoanBooks(repos, payment.brandId, payment.loanId, payment.receivedOn);
  if (!books || (loan.status !== 'ACTIVE' && loan.status !== 'OVERDUE')) {
    const held = postExcessHeld(header(), payment.amount, `Payment ${payment.providerPaymentId} received while the loan is ${loan.status}`);
    await repos.ledger.append([held]);
    return { journalEntryId: held.id, closed: false };
  }
  const entries: JournalEntry[] = [];
  const accrual = dueInterestAccrual(books, payment, deps.ids);
  if (accrual) entries.push(accrual);
  const quote = payment.purpose === 'FORECLOSURE' ? quoteForeclosure(books, deps.policy) : null;
  const foreclosing = quote !== null && !payment.amount.lessThan(Money.of(quote.totalPayable, payment.amount.currency));
  if (quote && foreclosing) entries.push(...foreclosureCharges(quote, books.schedule.currency, header));
  const c = payment.amount.currency;
  let balances = loanBalances(payment.loanId, [...books.entries, ...entries], c);
  if (foreclosing) {
    // Everything is due on foreclosure: the excess held goes first, the payment settles the rest.
    const all = { PENAL: balances.penal, FEES: balances.fees, INTEREST: balances.interest, PRINCIPAL: balances.principal };
    const applied = postExcessApplied(header(), { balances, dues: all });
    if (applied) {
      entries.push(applied.entry);
      balances = loanBalances(payment.loanId, [...books.entries, ...entries], c);
    }
  }
  const dues = foreclosing ? undefined : { ...books.position.dues };
  const { entry } = postRepayment(header(), { payment: payment.amount, balances, ...(dues ? { dues } : {}) });
  entries.push(entry);
  await repos.ledger.append(entries);
  // The position after the payment, from the entries already in hand rather than a second read of the ledger.
  const after = loanPosition(books.schedule, [...books.entries, ...entries], payment.receivedOn);
  loan.recordRepayment({ paymentId: payment.id, amount: payment.amount, daysPastDue: after.daysPastDue }, at);
  const b = after.balances;
  const settled = [b.principal, b.interest, b.fees, b.penal].every((m) => m.isZero());
  if (settled) loan.close([b.principal, b.interest, b.fees, b.penal], foreclosing ? 'FORECLOSED' : 'REPAID', at);
  return { journalEntryId: entry.id, closed: settled };
}

/** The interest accrued since the last due date and the foreclosure charge with its GST, as entries. */
function foreclosureCharges(quote: ForeclosureQuote, c: string, header: () => { id: string; brandId: string; loanId: string; businessDate: LoanBooks['position']['asOf'] }): JournalEntry[] {
  const out: JournalEntry[] = [];
  const accrued = Money.of(quote.accruedInterest, c);
  if (accrued.isPositive()) out.push(postInterestAccrual(header(), accrued, `Interest accrued to foreclosure on ${quote.asOf}`));
  const charge = Money.of(quote.foreclosureCharge, c);
  if (charge.isPositive()) out.push(postCharge(header(), 'FEE', { charge, gst: Money.of(quote.gstOnCharge, c) }, 'Foreclosure charge'));
  return out;
}
