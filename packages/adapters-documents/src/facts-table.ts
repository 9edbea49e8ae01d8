import type { Content } from 'pdfmake/interfaces.js';

/**
 * One numbered row of a facts table: its item number, label and value (text or nested content).
 * @example const row: FactRow = ['2', 'Sanctioned loan amount', 'INR 1,00,000.00'];
 */
export type FactRow = readonly [item: string, label: string, value: Content];

/**
 * A three-column table of numbered facts, the layout of RBI's KFS Annex A.
 * @example factsTable([['1', 'Loan term', '12 monthly instalments']])
 */
export function factsTable(rows: readonly FactRow[]): Content {
  return {
    table: {
      headerRows: 0,
      dontBreakRows: true,
      widths: [22, 170, '*'],
      body: rows.map(([item, label, value]) => [{ text: item, alignment: 'center' }, { text: label, style: 'label' }, value]),
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 4],
  };
}

/**
 * A plain table of a header row and rows, for fees and APR workings; columns from `numericFrom` align right.
 * @example gridTable(['Item', 'Value'], [['APR', '18.58%']])
 */
export function gridTable(headers: readonly string[], rows: readonly (readonly string[])[], numericFrom = 1): Content {
  return {
    table: {
      headerRows: 1,
      widths: headers.map((_, i) => (i === 0 ? '*' : 'auto')),
      body: [
        headers.map((text, i) => ({ text, style: 'tableHeader', alignment: i >= numericFrom ? ('right' as const) : ('left' as const) })),
        ...rows.map((r) => r.map((text, i) => ({ text, alignment: i >= numericFrom ? ('right' as const) : ('left' as const) }))),
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 4],
  };
}
