import { DomainInvariantError } from '../errors.js';
import { Money } from '../money/money.js';
import type { EntryHeader, JournalEntry } from './journal-entry.js';
import { cr, dr, post } from './posting.js';

/**
 * A fee deducted from the disbursal, and the GST charged on it.
 * @example const fee: DeductedFee = { name: 'processing fee', amount: Money.of('2000'), gst: Money.of('360') };
 */
export interface DeductedFee {
  readonly name: string;
  readonly amount: Money;
  readonly gst: Money;
}

/**
 * What a disbursal moves.
 * @example postDisbursal(header, { principal: Money.of('100000'), deductedFees: [fee] })
 */
export interface DisbursalPosting {
  readonly principal: Money;
  readonly deductedFees: readonly DeductedFee[];
  /** Broken-period interest deducted from the disbursal, if the schedule charges it separately. */
  readonly deductedInterest?: Money;
}

/**
 * Books a disbursal: the full principal becomes receivable; the borrower's account gets the principal less
 * the fees, their GST and any deducted interest (through disbursement clearing), and the deductions are
 * earned or owed at once. Dr principal receivable = Cr disbursement clearing + Cr fee income + Cr GST
 * payable (+ Cr interest income).
 * @throws DomainInvariantError `LEDGER_DEDUCTIONS_EXCEED_PRINCIPAL` when nothing would reach the borrower.
 * @example postDisbursal(header, { principal: Money.of('100000'), deductedFees: [{ name: 'processing fee', amount: Money.of('2000'), gst: Money.of('360') }] })
 */
export function postDisbursal(header: EntryHeader, input: DisbursalPosting): JournalEntry {
  const c = input.principal.currency;
  const fees = Money.sum(input.deductedFees.map((f) => f.amount), c);
  const gst = Money.sum(input.deductedFees.map((f) => f.gst), c);
  const interest = input.deductedInterest ?? Money.zero(c);
  const net = input.principal.minus(fees).minus(gst).minus(interest);
  if (!net.isPositive()) {
    throw new DomainInvariantError('LEDGER_DEDUCTIONS_EXCEED_PRINCIPAL', 'the deductions leave nothing to disburse', { id: header.id });
  }
  const names = input.deductedFees.map((f) => f.name).join(', ');
  return post(header, 'DISBURSAL', names ? `Disbursal net of ${names}` : 'Disbursal', [
    dr('PRINCIPAL_RECEIVABLE', input.principal),
    cr('DISBURSEMENT_CLEARING', net),
    cr('FEE_INCOME', fees),
    cr('GST_PAYABLE', gst),
    cr('INTEREST_INCOME', interest),
  ]);
}
