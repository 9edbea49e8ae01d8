import type { ScheduleRowFigures } from '@los/application';
import type { Content } from 'pdfmake/interfaces.js';
import { formatAmount } from './format.js';

const HEADERS = ['No.', 'Due date', 'Opening balance', 'Principal', 'Interest', 'Fees', 'Instalment', 'Closing balance'];

/**
 * The repayment schedule as a table whose header row repeats on every page.
 * @example { content: [scheduleTable(figures.schedule)] }
 */
export function scheduleTable(rows: readonly ScheduleRowFigures[]): Content {
  return {
    table: {
      headerRows: 1,
      widths: [22, 58, '*', '*', '*', 40, '*', '*'],
      body: [
        HEADERS.map((text, i) => ({ text, style: 'tableHeader', alignment: i < 2 ? ('center' as const) : ('right' as const) })),
        ...rows.map((r) => [
          { text: String(r.number), alignment: 'center' as const },
          r.dueDate,
          ...[r.openingBalance, r.principal, r.interest, r.fees, r.total, r.closingBalance].map((a) => ({ text: formatAmount(a), alignment: 'right' as const })),
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 8,
    margin: [0, 0, 0, 4],
  };
}
