import type { NocDocument } from '@los/application';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatMoney } from './format.js';
import { DOCUMENT_STYLES, letterheadFooter, letterheadHeader } from './letterhead.js';

/**
 * The no-objection certificate issued when a loan is repaid in full and closed.
 * @example const pdf = await renderPdf(nocDocument(input));
 */
export function nocDocument(input: NocDocument): TDocumentDefinitions {
  const released = input.releasedSecurities ?? [];
  const releasedContent: Content[] =
    released.length === 0 ? [] : [{ text: 'The following securities and charges are released:', margin: [0, 0, 0, 4] }, { ul: [...released], margin: [0, 0, 0, 10] }];
  return {
    info: { title: `No Objection Certificate ${input.referenceNumber}`, author: input.letterhead.brandName, subject: 'No Objection Certificate' },
    pageSize: 'A4',
    pageMargins: [40, 80, 40, 50],
    header: letterheadHeader(input.letterhead),
    footer: letterheadFooter(input.letterhead),
    styles: DOCUMENT_STYLES,
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.25 },
    content: [
      { columns: [{ text: `Ref: ${input.referenceNumber}` }, { text: `Date: ${input.issuedOn}`, alignment: 'right' }], margin: [0, 0, 0, 16] },
      { text: 'To', margin: [0, 0, 0, 2] },
      { text: input.borrower.name, bold: true },
      ...(input.borrower.address ? [{ text: input.borrower.address }] : []),
      { text: 'No Objection Certificate', style: 'title', margin: [0, 20, 0, 12] },
      {
        text: [
          'This is to certify that loan account ',
          { text: input.loanReference, bold: true },
          ` for ${formatMoney(input.currency, input.sanctionedAmount)}, disbursed on ${input.disbursedOn}, has been repaid in full and was closed on ${input.closedOn}. `,
          'No amount is outstanding under this loan, and we have no objection to the borrower dealing with any asset linked to it.',
        ],
        margin: [0, 0, 0, 10],
      },
      ...releasedContent,
      { text: 'The closure has been reported to the credit information companies.', margin: [0, 0, 0, 30] },
      { text: `For ${input.letterhead.brandName}` },
      { text: 'Authorised signatory', margin: [0, 30, 0, 0] },
    ],
  };
}
