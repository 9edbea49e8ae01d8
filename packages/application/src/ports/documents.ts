/**
 * The brand's letterhead on every page: its name and address at the top, a footer line with page numbers.
 * @example const letterhead: BrandLetterhead = { brandName: 'Acme Finance', address: '12 MG Road, Bengaluru', footerText: 'RBI registered NBFC' };
 */
export interface BrandLetterhead {
  readonly brandName: string;
  readonly address?: string;
  readonly footerText: string;
}

/**
 * One instalment row as decimal strings (the domain's `ScheduleRowJson` fits).
 * @example const rows: readonly ScheduleRowFigures[] = generateSchedule(terms).rows;
 */
export interface ScheduleRowFigures {
  readonly number: number;
  readonly dueDate: string;
  readonly openingBalance: string;
  readonly principal: string;
  readonly interest: string;
  readonly fees: string;
  readonly total: string;
  readonly closingBalance: string;
}

/**
 * A fee or charge line as decimal strings (the domain's `ChargeLineJson` fits).
 * @example const fee: ChargeFigures = { name: 'Processing fee', amount: '2000.00', gst: '360.00', total: '2360.00', collection: 'DEDUCTED' };
 */
export interface ChargeFigures {
  readonly name: string;
  readonly amount: string;
  readonly gst: string;
  readonly total: string;
  readonly collection: string;
}

/**
 * The figures of a Key Facts Statement, shaped like the domain's `keyFactsStatement` output so that output
 * can be passed as it is. Money and rates are decimal strings, never numbers.
 * @example const figures: KeyFactsFigures = keyFactsStatement({ schedule, coolingOffDays: 3, aprMethod: 'RBI_KFS', aprRounding });
 */
export interface KeyFactsFigures {
  readonly currency: string;
  readonly sanctionedAmount: string;
  readonly netDisbursedAmount: string;
  readonly totalInterest: string;
  readonly feesAndCharges: readonly ChargeFigures[];
  readonly totalFeesAndCharges: string;
  readonly brokenPeriodInterest: string;
  readonly totalAmountPayable: string;
  readonly apr: { readonly method: string; readonly aprPercent: string; readonly effectiveAnnualPercent: string };
  readonly instalments: { readonly count: number; readonly frequency: string; readonly amount: string | null; readonly firstDueDate: string };
  readonly annualRatePercent: string;
  readonly coolingOffDays: number;
  readonly contingentCharges: readonly { readonly name: string; readonly description: string }[];
  readonly schedule: readonly ScheduleRowFigures[];
}

/**
 * Someone party to a document.
 * @example const borrower: DocumentParty = { name: 'Asha Verma', address: 'Pune', reference: 'PAN XXXXX1234X' };
 */
export interface DocumentParty {
  readonly name: string;
  readonly address?: string;
  /** A registration or identity reference shown beside the name (CIN for a lender, masked PAN for a borrower). */
  readonly reference?: string;
}

/**
 * The nodal grievance redressal officer a KFS must name.
 * @example const grievance: GrievanceContact = { officerName: 'R. Iyer', phone: '+91 80 4000 0000', email: 'grievance@acme.example' };
 */
export interface GrievanceContact {
  readonly officerName: string;
  readonly phone: string;
  readonly email: string;
}

/**
 * What a Key Facts Statement shows.
 * @example await renderer.renderKeyFactsStatement({ letterhead, loanReference: 'L-1', loanType: 'Personal loan', issuedOn: '2025-04-01', borrower, figures, grievance })
 */
export interface KeyFactsStatementDocument {
  readonly letterhead: BrandLetterhead;
  readonly loanReference: string;
  readonly loanType: string;
  readonly issuedOn: string;
  readonly borrower: DocumentParty;
  readonly figures: KeyFactsFigures;
  readonly grievance: GrievanceContact;
}

/**
 * A clause of the loan agreement.
 * @example const clause: AgreementClause = { heading: 'Prepayment', text: 'The Borrower may prepay at any time.' };
 */
export interface AgreementClause {
  readonly heading: string;
  readonly text: string;
}

/**
 * What a loan agreement shows: the parties, the terms (from the KFS figures), the clauses and the schedule.
 * @example await renderer.renderLoanAgreement({ letterhead, agreementNumber: 'AG-1', executedOn: '2025-04-02', place: 'Bengaluru', lender, borrower, figures, clauses })
 */
export interface LoanAgreementDocument {
  readonly letterhead: BrandLetterhead;
  readonly agreementNumber: string;
  readonly executedOn: string;
  readonly place: string;
  readonly lender: DocumentParty;
  readonly borrower: DocumentParty;
  readonly figures: KeyFactsFigures;
  readonly clauses: readonly AgreementClause[];
}

/**
 * What a no-objection certificate for a closed loan shows.
 * @example await renderer.renderNoc({ letterhead, referenceNumber: 'NOC-7', issuedOn: '2026-04-10', borrower, loanReference: 'L-1', currency: 'INR', sanctionedAmount: '100000.00', disbursedOn: '2025-04-05', closedOn: '2026-04-05' })
 */
export interface NocDocument {
  readonly letterhead: BrandLetterhead;
  readonly referenceNumber: string;
  readonly issuedOn: string;
  readonly borrower: DocumentParty;
  readonly loanReference: string;
  readonly currency: string;
  readonly sanctionedAmount: string;
  readonly disbursedOn: string;
  readonly closedOn: string;
  /** Charges or securities released with the closure, if any. */
  readonly releasedSecurities?: readonly string[];
}

/**
 * Renders the loan's documents to PDF bytes.
 * @example const pdf: Uint8Array = await renderer.renderNoc(noc);
 */
export interface DocumentRenderer {
  renderKeyFactsStatement(input: KeyFactsStatementDocument): Promise<Uint8Array>;
  renderLoanAgreement(input: LoanAgreementDocument): Promise<Uint8Array>;
  renderNoc(input: NocDocument): Promise<Uint8Array>;
}

/**
 * What the store kept.
 * @example const { sha256, byteLength } = await store.put(key, pdf, 'application/pdf');
 */
export interface StoredDocument {
  readonly key: string;
  readonly contentType: string;
  readonly byteLength: number;
  /** Hex SHA-256 of the bytes, for the audit trail. */
  readonly sha256: string;
}

/**
 * Keeps generated documents and hands out time-limited links to them. A link is
 * `<path of the key>?expires=<epoch seconds>&signature=<HMAC>`: never a public path, valid only until
 * `expires`, and void when the key, the expiry or the signature is altered.
 * Keys are `/`-separated relative paths (`acme/loans/L-1/kfs.pdf`); a key that could escape the store
 * (`..`, a leading `/`, a backslash, an empty segment) is refused with `InvalidDocumentKeyError`.
 * @example const link = store.signedUrl('acme/loans/L-1/kfs.pdf', 900, clock.now()); store.verifySignedUrl(link, clock.now()) // 'acme/loans/L-1/kfs.pdf'
 */
export interface DocumentStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<StoredDocument>;
  get(key: string): Promise<{ readonly bytes: Uint8Array; readonly contentType: string } | null>;
  signedUrl(key: string, expiresInSeconds: number, now: Date): string;
  /** The key a link grants, or null when it is expired, altered or malformed. */
  verifySignedUrl(pathAndQuery: string, now: Date): string | null;
}

/**
 * Thrown when a document key could escape the store or is malformed: a bug or an attack, never a user choice.
 * @example await store.put('../etc/passwd', bytes, 'text/plain') // rejects with InvalidDocumentKeyError
 */
export class InvalidDocumentKeyError extends Error {
  override readonly name = 'InvalidDocumentKeyError';
  constructor(readonly key: string) {
    super(`invalid document key: ${JSON.stringify(key)}`);
  }
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * True for a relative key of safe segments (letters, digits, `.`, `_`, `-`, not starting with a dot).
 * @example isSafeDocumentKey('acme/loans/L-1/kfs.pdf') // true; isSafeDocumentKey('../x') // false
 */
export function isSafeDocumentKey(key: string): boolean {
  return key.length > 0 && key.length <= 512 && key.split('/').every((s) => SEGMENT.test(s));
}
