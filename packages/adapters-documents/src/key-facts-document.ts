import type { KeyFactsStatementDocument } from '@los/application';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { factsTable, gridTable } from './facts-table.js';
import { formatAmount, formatFrequency, formatMoney, formatPercent } from './format.js';
import { DOCUMENT_STYLES, letterheadFooter, letterheadHeader } from './letterhead.js';
import { scheduleTable } from './schedule-table.js';

/**
 * The Key Facts Statement laid out after RBI's KFS format (circular DOR.STR.REC.13/13.03.00/2024-25,
 * Annex A Part 1 and Part 2, the Annex B APR computation and the Annex C repayment schedule).
 * @example const pdf = await renderPdf(keyFactsDocument(input));
 */
export function keyFactsDocument(input: KeyFactsStatementDocument): TDocumentDefinitions {
  const f = input.figures;
  const money = (amount: string) => formatMoney(f.currency, amount);
  const instalment = f.instalments.amount === null ? 'varies, see the schedule' : money(f.instalments.amount);
  const frequency = formatFrequency(f.instalments.frequency);
  const fees: Content =
    f.feesAndCharges.length === 0
      ? 'None'
      : gridTable(
          ['Charge', `Amount (${f.currency})`, 'GST', 'Total', 'Collected'],
          f.feesAndCharges.map((c) => [c.name, formatAmount(c.amount), formatAmount(c.gst), formatAmount(c.total), c.collection.toLowerCase().replace(/_/g, ' ')]),
        );
  const contingent: Content =
    f.contingentCharges.length === 0 ? 'None' : { ul: f.contingentCharges.map((c) => ({ text: [{ text: `${c.name}: `, bold: true }, c.description] })) };
  return {
    info: { title: `Key Facts Statement ${input.loanReference}`, author: input.letterhead.brandName, subject: 'Key Facts Statement' },
    pageSize: 'A4',
    pageMargins: [40, 80, 40, 50],
    header: letterheadHeader(input.letterhead),
    footer: letterheadFooter(input.letterhead),
    styles: DOCUMENT_STYLES,
    defaultStyle: { font: 'Helvetica', fontSize: 9.5 },
    content: [
      { text: 'Key Facts Statement', style: 'title' },
      { text: `Date: ${input.issuedOn}    Loan reference: ${input.loanReference}    Borrower: ${input.borrower.name}`, style: 'subtitle' },
      { text: 'Part 1 - Interest rate and fees/charges', style: 'heading' },
      factsTable([
        ['1', 'Loan account number and type of loan', `${input.loanReference} - ${input.loanType}`],
        ['2', 'Sanctioned loan amount', money(f.sanctionedAmount)],
        ['3', 'Disbursal schedule', `Single disbursal of ${money(f.netDisbursedAmount)} after deductions`],
        ['4', 'Loan term', `${f.instalments.count} ${frequency} instalments`],
        ['5', 'Instalment details', `${f.instalments.count} instalments of ${instalment}, ${frequency}, the first due on ${f.instalments.firstDueDate}`],
        ['6', 'Interest rate and type', `${formatPercent(f.annualRatePercent)} a year, fixed`],
        ['7', 'Fees and charges', fees],
        ['8', 'Annual Percentage Rate (APR)', { text: formatPercent(f.apr.aprPercent), bold: true }],
        ['9', 'Contingent charges', contingent],
      ]),
      { text: 'Part 2 - Other qualitative information', style: 'heading' },
      factsTable([
        [
          '1',
          'Cooling-off / look-up period',
          `${f.coolingOffDays} days from the disbursal, during which you may exit the loan by repaying the principal and the proportionate APR, without any penalty.`,
        ],
        [
          '2',
          'Grievance redressal',
          {
            stack: [
              `Nodal grievance redressal officer: ${input.grievance.officerName}`,
              `Phone: ${input.grievance.phone}    E-mail: ${input.grievance.email}`,
              { text: 'If a complaint is not resolved within 30 days you may approach the RBI Ombudsman (cms.rbi.org.in).', style: 'note' },
            ],
          },
        ],
      ]),
      { text: 'Computation of APR', style: 'heading' },
      gridTable(
        ['Item', 'Value'],
        [
          ['Sanctioned loan amount', money(f.sanctionedAmount)],
          ['Loan term', `${f.instalments.count} ${frequency} instalments`],
          ['Instalment amount', instalment],
          ['Interest rate (a year)', formatPercent(f.annualRatePercent)],
          ['Total interest charged', money(f.totalInterest)],
          ['Fees and charges payable', money(f.totalFeesAndCharges)],
          ['Net disbursed amount', money(f.netDisbursedAmount)],
          ['Total amount to be paid by the borrower', money(f.totalAmountPayable)],
          ['Annual Percentage Rate (APR)', formatPercent(f.apr.aprPercent)],
          ['Effective annual rate', formatPercent(f.apr.effectiveAnnualPercent)],
        ],
      ),
      { text: `APR computed by the ${f.apr.method.replace(/_/g, ' ')} method on the net disbursed amount and every scheduled payment.`, style: 'note' },
      { text: 'Repayment schedule', style: 'heading', pageBreak: 'before' },
      { text: `Amounts in ${f.currency}.`, style: 'note', margin: [0, 0, 0, 4] },
      scheduleTable(f.schedule),
    ],
  };
}
