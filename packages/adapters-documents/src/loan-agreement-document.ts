import type { DocumentParty, LoanAgreementDocument } from '@los/application';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { factsTable } from './facts-table.js';
import { formatFrequency, formatMoney, formatPercent } from './format.js';
import { DOCUMENT_STYLES, letterheadFooter, letterheadHeader } from './letterhead.js';
import { scheduleTable } from './schedule-table.js';

const party = (p: DocumentParty, role: string): Content => ({
  stack: [
    { text: [{ text: p.name, bold: true }, ` (the "${role}")`] },
    ...(p.reference ? [{ text: p.reference, style: 'small' }] : []),
    ...(p.address ? [{ text: p.address, style: 'small' }] : []),
  ],
  margin: [0, 0, 0, 6],
});

const signature = (p: DocumentParty, role: string): Content => ({
  stack: [
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.5 }], margin: [0, 36, 0, 4] },
    { text: `For the ${role}: ${p.name}`, style: 'small' },
  ],
});

/**
 * The loan agreement: the parties, the principal terms from the KFS figures, the clauses and the schedule.
 * @example const pdf = await renderPdf(loanAgreementDocument(input));
 */
export function loanAgreementDocument(input: LoanAgreementDocument): TDocumentDefinitions {
  const f = input.figures;
  const money = (amount: string) => formatMoney(f.currency, amount);
  const frequency = formatFrequency(f.instalments.frequency);
  const fees = f.feesAndCharges.map((c) => `${c.name}: ${money(c.total)} incl. GST`).join('; ') || 'None';
  return {
    info: { title: `Loan Agreement ${input.agreementNumber}`, author: input.letterhead.brandName, subject: 'Loan Agreement' },
    pageSize: 'A4',
    pageMargins: [40, 80, 40, 50],
    header: letterheadHeader(input.letterhead),
    footer: letterheadFooter(input.letterhead),
    styles: DOCUMENT_STYLES,
    defaultStyle: { font: 'Helvetica', fontSize: 9.5 },
    content: [
      { text: 'Loan Agreement', style: 'title' },
      { text: `Agreement number ${input.agreementNumber}, executed at ${input.place} on ${input.executedOn}`, style: 'subtitle' },
      { text: 'Parties', style: 'heading' },
      { text: 'This agreement is made between', margin: [0, 0, 0, 6] },
      party(input.lender, 'Lender'),
      { text: 'and', margin: [0, 0, 0, 6] },
      party(input.borrower, 'Borrower'),
      { text: 'Principal terms', style: 'heading' },
      factsTable([
        ['1', 'Loan amount', money(f.sanctionedAmount)],
        ['2', 'Net amount disbursed', money(f.netDisbursedAmount)],
        ['3', 'Rate of interest', `${formatPercent(f.annualRatePercent)} a year, fixed`],
        ['4', 'Annual Percentage Rate (APR)', formatPercent(f.apr.aprPercent)],
        ['5', 'Repayment', `${f.instalments.count} ${frequency} instalments${f.instalments.amount === null ? '' : ` of ${money(f.instalments.amount)}`}, the first due on ${f.instalments.firstDueDate}`],
        ['6', 'Fees and charges', fees],
        ['7', 'Total amount payable', money(f.totalAmountPayable)],
        ['8', 'Cooling-off period', `${f.coolingOffDays} days from disbursal`],
      ]),
      { text: 'Terms and conditions', style: 'heading' },
      {
        ol: input.clauses.map((c) => ({ text: [{ text: `${c.heading}. `, bold: true }, c.text], margin: [0, 0, 0, 4] })),
      },
      { text: 'Signatures', style: 'heading' },
      { columns: [signature(input.lender, 'Lender'), signature(input.borrower, 'Borrower')] },
      { text: 'Schedule - Repayment schedule', style: 'heading', pageBreak: 'before' },
      { text: `Amounts in ${f.currency}.`, style: 'note', margin: [0, 0, 0, 4] },
      scheduleTable(f.schedule),
    ],
  };
}
