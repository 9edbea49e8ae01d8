import type { DocumentRenderer, KeyFactsStatementDocument, LoanAgreementDocument, NocDocument } from '@los/application';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { keyFactsDocument } from './key-facts-document.js';
import { loanAgreementDocument } from './loan-agreement-document.js';
import { nocDocument } from './noc-document.js';
import { renderPdf } from './pdf-bytes.js';

/**
 * How PDFs are written.
 * @example new PdfmakeDocumentRenderer({ compress: false })
 */
export interface PdfmakeDocumentRendererOptions {
  /** Deflate page streams (on by default); off gives larger files whose text can be searched directly. */
  readonly compress?: boolean;
}

/**
 * Renders the loan's documents with pdfmake on the server, using the standard PDF fonts (no network, no font files).
 * @example const pdf = await new PdfmakeDocumentRenderer().renderNoc(noc);
 */
export class PdfmakeDocumentRenderer implements DocumentRenderer {
  private readonly compress: boolean;

  constructor(options: PdfmakeDocumentRendererOptions = {}) {
    this.compress = options.compress ?? true;
  }

  renderKeyFactsStatement(input: KeyFactsStatementDocument): Promise<Uint8Array> {
    return this.render(keyFactsDocument(input), input.issuedOn);
  }

  renderLoanAgreement(input: LoanAgreementDocument): Promise<Uint8Array> {
    return this.render(loanAgreementDocument(input), input.executedOn);
  }

  renderNoc(input: NocDocument): Promise<Uint8Array> {
    return this.render(nocDocument(input), input.issuedOn);
  }

  // The document's own date is its creation date, so the same input renders the same bytes.
  private render(definition: TDocumentDefinitions, dated: string): Promise<Uint8Array> {
    const creationDate = new Date(`${dated}T00:00:00Z`);
    if (Number.isNaN(creationDate.getTime())) throw new RangeError(`not a YYYY-MM-DD date: "${dated}"`);
    return renderPdf({ ...definition, compress: this.compress, info: { ...definition.info, creator: 'LOS', producer: 'LOS', creationDate } });
  }
}
