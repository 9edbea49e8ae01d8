import type { BrandLetterhead } from '@los/application';
import type { Content, DynamicContent, StyleDictionary } from 'pdfmake/interfaces.js';

/**
 * The brand's name and address at the top of every page.
 * @example { header: letterheadHeader(letterhead), footer: letterheadFooter(letterhead), content }
 */
export function letterheadHeader(letterhead: BrandLetterhead): DynamicContent {
  return () => ({
    margin: [40, 20, 40, 0],
    stack: [
      { text: letterhead.brandName, style: 'brand' },
      ...(letterhead.address ? [{ text: letterhead.address, style: 'small' }] : []),
      { canvas: [{ type: 'line', x1: 0, y1: 4, x2: 515, y2: 4, lineWidth: 0.5, lineColor: '#888888' }] },
    ],
  });
}

/**
 * The brand's footer line and "Page n of m" at the bottom of every page.
 * @example { footer: letterheadFooter({ brandName: 'Acme', footerText: 'RBI registered NBFC' }) }
 */
export function letterheadFooter(letterhead: BrandLetterhead): DynamicContent {
  return (currentPage: number, pageCount: number): Content => ({
    margin: [40, 10, 40, 0],
    columns: [
      { text: letterhead.footerText, style: 'small', width: '*' },
      { text: `Page ${currentPage} of ${pageCount}`, style: 'small', alignment: 'right', width: 'auto' },
    ],
  });
}

/**
 * The house styles shared by every document.
 * @example { styles: DOCUMENT_STYLES, content: [{ text: 'Key Facts Statement', style: 'title' }] }
 */
export const DOCUMENT_STYLES: StyleDictionary = {
  brand: { fontSize: 14, bold: true, color: '#1f3a5f' },
  title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 10, alignment: 'center', color: '#444444', margin: [0, 0, 0, 12] },
  heading: { fontSize: 11.5, bold: true, color: '#1f3a5f', margin: [0, 12, 0, 6] },
  label: { bold: true },
  small: { fontSize: 8, color: '#555555' },
  tableHeader: { bold: true, fillColor: '#e8edf3' },
  note: { fontSize: 8.5, color: '#444444', margin: [0, 4, 0, 0] },
};
