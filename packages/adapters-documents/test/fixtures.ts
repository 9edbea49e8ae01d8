import type { BrandLetterhead, KeyFactsFigures, KeyFactsStatementDocument, LoanAgreementDocument, NocDocument } from '@los/application';
import { generateSchedule, keyFactsStatement } from '@los/domain';

const R2 = { dp: 2, mode: 'HALF_UP' } as const;

/** The figures of a ₹1,00,000 personal loan at 14% over 12 months with a 2% processing fee plus GST, from the domain's calculators. */
export function loanFigures(instalments = 12): KeyFactsFigures {
  const schedule = generateSchedule({
    principal: '100000',
    annualRatePercent: '14',
    method: 'EMI',
    frequency: 'MONTHLY',
    instalments,
    dayCount: '30/360',
    interestBasis: 'PERIOD',
    disbursementDate: '2025-04-05',
    rounding: { instalment: R2, amounts: R2 },
    fees: { processingFee: { kind: 'PERCENT', percent: '2' }, processingFeeCollection: 'DEDUCTED', gstPercent: '18' },
  });
  return keyFactsStatement({
    schedule,
    coolingOffDays: 3,
    aprMethod: 'RBI_KFS',
    aprRounding: R2,
    contingentCharges: [
      { name: 'Penal charges', description: '2% a month on the overdue instalment, plus GST' },
      { name: 'Bounce charges', description: 'INR 500 per dishonoured payment, plus GST' },
    ],
  });
}

export const letterhead: BrandLetterhead = {
  brandName: 'Acme Finance Limited',
  address: '12 MG Road, Bengaluru 560001',
  footerText: 'Acme Finance Limited - CIN U65999KA2020PLC000000 - RBI registered NBFC',
};

export const kfsInput = (figures = loanFigures()): KeyFactsStatementDocument => ({
  letterhead,
  loanReference: 'ACME-PL-000123',
  loanType: 'Personal loan',
  issuedOn: '2025-04-01',
  borrower: { name: 'Asha Verma', address: 'Flat 4, Lake View, Pune 411001' },
  figures,
  grievance: { officerName: 'R. Iyer', phone: '+91 80 4000 0000', email: 'grievance@acme.example' },
});

export const agreementInput = (figures = loanFigures()): LoanAgreementDocument => ({
  letterhead,
  agreementNumber: 'AG-2025-0042',
  executedOn: '2025-04-02',
  place: 'Bengaluru',
  lender: { name: 'Acme Finance Limited', address: '12 MG Road, Bengaluru 560001', reference: 'CIN U65999KA2020PLC000000' },
  borrower: { name: 'Asha Verma', address: 'Flat 4, Lake View, Pune 411001', reference: 'PAN XXXXX1234X' },
  figures,
  clauses: [
    { heading: 'Repayment', text: 'The Borrower shall pay each instalment on its due date by NACH mandate.' },
    { heading: 'Prepayment', text: 'The Borrower may prepay the loan in full at any time without a foreclosure charge.' },
    { heading: 'Penal charges', text: 'Penal charges apply to overdue amounts only and are never added to the rate of interest.' },
  ],
});

export const nocInput: NocDocument = {
  letterhead,
  referenceNumber: 'NOC-2026-0007',
  issuedOn: '2026-04-10',
  borrower: { name: 'Asha Verma', address: 'Flat 4, Lake View, Pune 411001' },
  loanReference: 'ACME-PL-000123',
  currency: 'INR',
  sanctionedAmount: '100000.00',
  disbursedOn: '2025-04-05',
  closedOn: '2026-04-05',
  releasedSecurities: ['NACH mandate UMRN ACME0000000001 cancelled'],
};
