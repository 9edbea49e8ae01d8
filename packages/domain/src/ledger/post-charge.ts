import type { PenalCharge } from '../servicing/penal-charge.js';
import type { EntryHeader, JournalEntry } from './journal-entry.js';
import { cr, dr, post } from './posting.js';

/**
 * A penal charge (on overdue amounts) or a fee charge (a bounce charge, a duplicate statement).
 * @example const kind: ChargeKind = 'PENAL';
 */
export type ChargeKind = 'PENAL' | 'FEE';

/**
 * Books a charge computed by the servicing calculators (`penalCharge`, `bounceCharge`): the borrower owes
 * the charge and its GST; the charge is income and the GST is owed to the government. Penal charges go to
 * their own receivable and income accounts because RBI's penal-charge rules keep them out of interest.
 * @throws DomainInvariantError `LEDGER_NON_POSITIVE_LINE` for a zero charge.
 * @example postCharge(header, 'PENAL', penalCharge({ overdueAmount, daysPastDue: 12, graceDays: 3, policy, gstRate, rounding }))
 */
export function postCharge(header: EntryHeader, kind: ChargeKind, charge: Pick<PenalCharge, 'charge' | 'gst'>, memo?: string): JournalEntry {
  const penal = kind === 'PENAL';
  return post(header, penal ? 'PENAL_CHARGE' : 'FEE_CHARGE', memo ?? (penal ? 'Penal charge' : 'Fee charge'), [
    dr(penal ? 'PENAL_RECEIVABLE' : 'FEE_RECEIVABLE', charge.charge.plus(charge.gst)),
    cr(penal ? 'PENAL_INCOME' : 'FEE_INCOME', charge.charge),
    cr('GST_PAYABLE', charge.gst),
  ]);
}
