import { type BankStatementProvider, type BankStatementResult, type BankStatementSubmitted, type BankStatementUpload, type Clock, businessDate } from '@los/application';
import { localDate } from '@los/domain';
import { daysBefore, scenarioOf } from '../bureau/sandbox-identity.js';
import { sandboxStatementHistory } from './sandbox-statement-history.js';

/** The password the sandbox accepts for a statement PDF that declares encryption. */
export const SANDBOX_STATEMENT_PASSWORD = 'sandbox-statement';

/** The PAN the sandbox reads a statement as when the file names none (a clean salaried history). */
const DEFAULT_PAN = 'SBXPA0000A';
const PAN = /[A-Z]{5}\d{4}[A-Z]/;
const REFERENCE = /^sbx_([A-Z]{5}\d{4}[A-Z])_(\d{4}-\d{2}-\d{2})_[\w-]+$/;

/**
 * A simulator of a bank statement analysis provider, deterministic from documented test identities: it reads
 * the first PAN written in the PDF as the account holder's (as a real provider reads the statement's
 * header), and "extracts" the history {@link sandboxStatementHistory} gives that PAN, ending the day before
 * the upload. The reference carries the PAN and that date, so a result can be fetched from any process.
 *
 * | file | answer |
 * |---|---|
 * | not `%PDF-` … `%%EOF` | refused at upload: UNREADABLE_PDF |
 * | declares `/Encrypt`, password not `sandbox-statement` | refused at upload: PASSWORD_INCORRECT |
 * | names `NSTPE9999X` | taken; the analysis fails (no transactions to analyse) |
 * | names `BNCPE9999X`, `NSLPE9999X`, `OSLPE9999X` | taken; bounces, no salary, or an old salary (see the history) |
 * | names any other PAN, or none | taken; a clean salaried history |
 *
 * @example
 * const taken = await new SandboxBankStatementProvider({ clock }).submit({ submissionId, brandId, customerId, file: pdfNaming('BNCPE1234F') });
 */
export class SandboxBankStatementProvider implements BankStatementProvider {
  readonly name = 'sandbox-bank-statements';

  /** `timeZone` is the business time zone (default Asia/Kolkata): the statement ends the business day before the upload. */
  constructor(private readonly options: { readonly clock: Clock; readonly timeZone?: string }) {}

  async submit(upload: BankStatementUpload): Promise<BankStatementSubmitted> {
    const text = Buffer.from(upload.file).toString('latin1');
    if (!text.startsWith('%PDF-') || !text.includes('%%EOF')) return { status: 'REJECTED', reason: 'UNREADABLE_PDF', message: 'Non Parsable PDF' };
    if (text.includes('/Encrypt') && upload.password !== SANDBOX_STATEMENT_PASSWORD) return { status: 'REJECTED', reason: 'PASSWORD_INCORRECT', message: 'Incorrect Password' };
    const pan = PAN.exec(text)?.[0] ?? DEFAULT_PAN;
    const end = daysBefore(businessDate(this.options.clock.now(), this.options.timeZone ?? 'Asia/Kolkata'), 1);
    return { status: 'ACCEPTED', providerReference: `sbx_${pan}_${end}_${upload.submissionId}` };
  }

  async fetchResult(providerReference: string): Promise<BankStatementResult> {
    const match = REFERENCE.exec(providerReference);
    if (!match) throw new Error(`the sandbox never issued the reference ${providerReference}`);
    const [, pan = DEFAULT_PAN, end = ''] = match;
    if (scenarioOf(pan) === 'NST') return { status: 'FAILED', reason: 'NO_TRANSACTIONS: no transactions could be extracted from the statement' };
    return { status: 'COMPLETED', analysis: sandboxStatementHistory(pan, localDate(end)) };
  }
}

/**
 * A minimal PDF naming a PAN, as the sandbox's test statements are made (`encrypted` declares a password).
 * @example await provider.submit({ ...upload, file: sandboxStatementPdf('BNCPE1234F') })
 */
export function sandboxStatementPdf(pan: string, options: { readonly encrypted?: boolean } = {}): Uint8Array {
  const body = `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Account statement of PAN ${pan}\n${options.encrypted ? '/Encrypt << /Filter /Standard >>\n' : ''}trailer << /Root 1 0 R >>\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
