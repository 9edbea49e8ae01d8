import { describe, expect, it } from 'vitest';
import { PdfmakeDocumentRenderer } from '../src/index.js';
import { formatAmount } from '../src/format.js';
import { agreementInput, kfsInput, loanFigures, nocInput } from './fixtures.js';
import { pageCount, pdfText } from './pdf-text.js';

const renderer = new PdfmakeDocumentRenderer({ compress: false });
const header = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1');

describe('PdfmakeDocumentRenderer', () => {
  it('renders the KFS with the Annex A sections, the figures, the APR and every schedule row', async () => {
    const figures = loanFigures();
    const pdf = await renderer.renderKeyFactsStatement(kfsInput(figures));
    expect(header(pdf)).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const heading of ['Key Facts Statement', 'Part 1 - Interest rate and fees/charges', 'Part 2 - Other qualitative information', 'Computation of APR', 'Repayment schedule']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(`INR ${formatAmount(figures.sanctionedAmount)}`);
    expect(text).toContain(`INR ${formatAmount(figures.netDisbursedAmount)}`);
    expect(text).toContain(`INR ${formatAmount(figures.totalAmountPayable)}`);
    expect(text).toContain(`${figures.apr.aprPercent}%`);
    expect(text).toContain('3 days from the disbursal');
    expect(text).toContain('Nodal grievance redressal officer: R. Iyer');
    expect(text).toContain('grievance@acme.example');
    for (const row of figures.schedule) expect(text).toContain(`${row.number} ${row.dueDate} ${formatAmount(row.openingBalance)}`);
    expect(text).toContain('Acme Finance Limited');
    expect(text).toContain('12 MG Road, Bengaluru 560001');
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it('spreads a long schedule over more pages, numbering each', async () => {
    const short = pageCount(await renderer.renderKeyFactsStatement(kfsInput(loanFigures(12))));
    const pdf = await renderer.renderKeyFactsStatement(kfsInput(loanFigures(120)));
    const pages = pageCount(pdf);
    // 108 more rows at roughly 50 a page.
    expect(pages).toBeGreaterThanOrEqual(short + 2);
    expect(pages).toBeLessThanOrEqual(short + 3);
    for (let p = 1; p <= pages; p += 1) expect(pdfText(pdf)).toContain(`Page ${p} of ${pages}`);
  });

  it('renders the loan agreement with the parties, the terms, the clauses and the schedule', async () => {
    const input = agreementInput();
    const pdf = await renderer.renderLoanAgreement(input);
    expect(header(pdf)).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Loan Agreement');
    expect(text).toContain('Agreement number AG-2025-0042, executed at Bengaluru on 2025-04-02');
    expect(text).toContain('Asha Verma');
    expect(text).toContain('CIN U65999KA2020PLC000000');
    expect(text).toContain(`INR ${formatAmount(input.figures.sanctionedAmount)}`);
    for (const clause of input.clauses) expect(text).toContain(clause.text);
    const last = input.figures.schedule.at(-1)!;
    expect(text).toContain(`${last.number} ${last.dueDate}`);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
  });

  it('renders the NOC with the loan, the dates and the released securities on one page', async () => {
    const pdf = await renderer.renderNoc(nocInput);
    expect(header(pdf)).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('No Objection Certificate');
    expect(text).toContain('ACME-PL-000123');
    expect(text).toContain('INR 1,00,000.00, disbursed on 2025-04-05, has been repaid in full and was closed on 2026-04-05');
    expect(text).toContain('NACH mandate UMRN ACME0000000001 cancelled');
    expect(text).toContain('Page 1 of 1');
    expect(pageCount(pdf)).toBe(1);
  });

  it('compresses by default, and renders the same input to the same bytes', async () => {
    const compressed = new PdfmakeDocumentRenderer();
    const a = await compressed.renderNoc(nocInput);
    const b = await compressed.renderNoc(nocInput);
    expect(header(a)).toBe('%PDF-');
    expect(Buffer.from(a).toString('latin1')).toContain('/FlateDecode');
    expect(pdfText(a)).not.toContain('No Objection Certificate');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
