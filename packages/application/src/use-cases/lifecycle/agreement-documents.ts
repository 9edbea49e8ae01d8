import type { KeyFactsStatement, LoanSnapshot } from '@los/domain';
import type { Brand } from '../../ports/brand-repository.js';
import type { KeyFactsFigures, KeyFactsStatementDocument, LoanAgreementDocument } from '../../ports/documents.js';

/** The KFS figures as the document renderer takes them. */
export function keyFactsFigures(kfs: KeyFactsStatement): KeyFactsFigures {
  return {
    currency: kfs.currency,
    sanctionedAmount: kfs.sanctionedAmount,
    netDisbursedAmount: kfs.netDisbursedAmount,
    totalInterest: kfs.totalInterest,
    feesAndCharges: kfs.feesAndCharges.map((c) => ({ name: c.name, amount: c.amount, gst: c.gst, total: c.total, collection: c.collection })),
    totalFeesAndCharges: kfs.totalFeesAndCharges,
    brokenPeriodInterest: kfs.brokenPeriodInterest,
    totalAmountPayable: kfs.totalAmountPayable,
    apr: { method: kfs.apr.method, aprPercent: kfs.apr.aprPercent, effectiveAnnualPercent: kfs.apr.effectiveAnnualPercent },
    instalments: { ...kfs.instalments },
    annualRatePercent: kfs.annualRatePercent,
    coolingOffDays: kfs.coolingOffDays,
    contingentCharges: kfs.contingentCharges,
    schedule: kfs.schedule.map((r) => ({
      number: r.number,
      dueDate: r.dueDate,
      openingBalance: r.openingBalance,
      principal: r.principal,
      interest: r.interest,
      fees: r.fees,
      total: r.total,
      closingBalance: r.closingBalance,
    })),
  };
}

/** What the KFS and the agreement of one loan say, on one day. */
export function agreementDocuments(
  brand: Brand,
  borrower: { readonly name: string; readonly reference: string },
  loan: LoanSnapshot,
  productName: string,
  kfs: KeyFactsStatement,
  issuedOn: string,
): { readonly kfs: KeyFactsStatementDocument; readonly agreement: LoanAgreementDocument } {
  const letterhead = { brandName: brand.name, footerText: `${brand.name} · Loan ${loan.id}` };
  const figures = keyFactsFigures(kfs);
  return {
    kfs: {
      letterhead,
      loanReference: loan.id,
      loanType: productName,
      issuedOn,
      borrower,
      figures,
      grievance: { officerName: `${brand.name} Grievance Officer`, phone: '1800-000-000', email: `grievance@${brand.code}.example` },
    },
    agreement: {
      letterhead,
      agreementNumber: `AGR-${loan.id}`,
      executedOn: issuedOn,
      place: 'Electronically executed',
      lender: { name: brand.name },
      borrower,
      figures,
      clauses: [
        { heading: 'Loan', text: `The lender agrees to lend the sanctioned amount on the terms of the Key Facts Statement, which forms part of this agreement.` },
        { heading: 'Repayment', text: 'The borrower repays the instalments on the due dates of the repayment schedule.' },
        { heading: 'Cooling-off', text: `The borrower may exit within ${kfs.coolingOffDays} days by repaying the principal and the proportionate APR, without penalty.` },
      ],
    },
  };
}
