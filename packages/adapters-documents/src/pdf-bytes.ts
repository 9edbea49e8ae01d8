import PdfPrinter from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces.js';

/**
 * The standard 14 PDF fonts, which every reader has: nothing is downloaded or embedded, so rendering
 * works offline. They cover WinAnsi (Latin-1 and a few symbols), which is why amounts carry "INR".
 */
const STANDARD_FONTS: TFontDictionary = {
  Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' },
  Times: { normal: 'Times-Roman', bold: 'Times-Bold', italics: 'Times-Italic', bolditalics: 'Times-BoldItalic' },
};

const printer = new PdfPrinter(STANDARD_FONTS);

/**
 * Renders a pdfmake document definition to PDF bytes.
 * @example const bytes = await renderPdf({ content: ['Hello'], defaultStyle: { font: 'Helvetica' } });
 */
export function renderPdf(definition: TDocumentDefinitions): Promise<Uint8Array> {
  return new Promise((resolvePdf, rejectPdf) => {
    try {
      const doc = printer.createPdfKitDocument(definition);
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolvePdf(new Uint8Array(Buffer.concat(chunks))));
      doc.on('error', (error: unknown) => rejectPdf(new Error('rendering the PDF failed', { cause: error })));
      doc.end();
    } catch (error) {
      rejectPdf(new Error('rendering the PDF failed', { cause: error }));
    }
  });
}
