import type { BankStatementView } from '@los/application';
import { z } from 'zod';
import { HttpError, useCaseError } from '../errors.js';
import type { BankStatementUseCases } from '../http-deps.js';
import type { RouteTable } from '../route-table.js';
import { idSchema, pageQuerySchema } from '../schemas.js';

/** The customer's upload path; its body limit is its own (see {@link BANK_STATEMENT_BODY_LIMIT_BYTES}). */
export const BANK_STATEMENT_UPLOAD_PATH = '/api/v1/web/bank-statements';
/** The largest statement PDF taken. */
export const MAX_STATEMENT_BYTES = 5 * 1024 * 1024;
/** The upload's body limit: the PDF in base64 (4 characters per 3 bytes) plus the rest of the JSON. */
export const BANK_STATEMENT_BODY_LIMIT_BYTES = Math.ceil(MAX_STATEMENT_BYTES / 3) * 4 + 16 * 1024;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** Every PDF starts with these bytes ("%PDF-"). */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];

const uploadBody = z.object({
  file: z
    .string()
    .min(8, 'must be the statement PDF in base64')
    .max(Math.ceil(MAX_STATEMENT_BYTES / 3) * 4, `must be at most ${MAX_STATEMENT_BYTES / 1024 / 1024} MiB once decoded`)
    .refine((s) => s.length % 4 === 0 && BASE64.test(s), 'must be base64 (RFC 4648, with padding)')
    .transform((s) => new Uint8Array(Buffer.from(s, 'base64')))
    .refine((bytes) => PDF_MAGIC.every((b, i) => bytes[i] === b), 'must be a PDF (the file does not start with %PDF-)')
    .describe('the statement PDF, base64-encoded (at most 5 MiB decoded)'),
  password: z.string().min(1).max(100).optional().describe('the PDF’s password, when it has one; sent to the analysis provider, never stored'),
});

const moneyJson = z.object({ amount: z.string(), currency: z.string() });
const statementSchema = z.object({
  id: idSchema,
  status: z.enum(['PENDING', 'COMPLETED', 'FAILED']),
  provider: z.string(),
  submittedAt: z.string(),
  settledAt: z.string().nullable(),
  failureReason: z.string().nullable(),
  accountHolderName: z.string().nullable(),
  maskedAccountNumber: z.string().nullable(),
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  transactionCount: z.number().int().nullable(),
  figures: z
    .object({ asOf: z.string(), bouncesLast3Months: z.number().int(), lastSalaryCreditOn: z.string().nullable(), averageBalance: moneyJson })
    .nullable()
    .describe('the bank facts decisions read, as of today; null while pending, after a failure, or for a statement more than 90 days old'),
});
const listSchema = z.object({ items: z.array(statementSchema) });

function statementJson({ submission: s, figures, asOf }: BankStatementView) {
  const analysis = s.analysis;
  return {
    id: s.id,
    status: s.status,
    provider: s.provider,
    submittedAt: s.submittedAt.toISOString(),
    settledAt: s.settledAt?.toISOString() ?? null,
    failureReason: s.failureReason,
    accountHolderName: analysis?.accountHolderName ?? null,
    maskedAccountNumber: analysis?.maskedAccountNumber ?? null,
    period: analysis ? { from: analysis.statement.period.from, to: analysis.statement.period.to } : null,
    transactionCount: analysis ? analysis.statement.transactions.length : null,
    figures: figures ? { asOf, bouncesLast3Months: figures.bouncesLast3Months, lastSalaryCreditOn: figures.lastSalaryCreditOn, averageBalance: { amount: figures.averageBalance.toFixed(), currency: figures.averageBalance.currency } } : null,
  };
}

/**
 * Bank statements: a customer shares a statement PDF for analysis and reads its submissions; underwriting
 * staff read those of a loan's customer.
 */
export function bankStatementRoutes(table: RouteTable, useCases: BankStatementUseCases): void {
  table.add(
    {
      method: 'post',
      path: BANK_STATEMENT_UPLOAD_PATH,
      summary: 'Share a bank statement (PDF in base64) for analysis; the same file again answers its existing submission (200)',
      tags: ['web', 'bank-statements'],
      security: 'customer',
      body: uploadBody,
      responses: { 201: { description: 'taken; the analysis completes later', schema: statementSchema }, 200: { description: 'this file was shared before', schema: statementSchema } },
      errors: [400, 401, 404, 413, 422, 502],
    },
    async (c, { actor, body }) => {
      const r = await useCases.uploadBankStatement.execute({ actor, file: body.file, ...(body.password ? { password: body.password } : {}) });
      if (!r.ok) {
        const e = r.error;
        if (e.code === 'STATEMENT_REJECTED') throw new HttpError(422, e.code, `the statement was refused: ${e.message || e.reason}`, { reason: e.reason });
        throw useCaseError(e);
      }
      const view = useCases.listBankStatements.view(r.value.submission);
      return c.json(statementJson(view), r.value.created ? 201 : 200);
    },
  );

  table.add(
    {
      method: 'get', path: BANK_STATEMENT_UPLOAD_PATH, summary: 'My shared bank statements, newest first, with their status and figures', tags: ['web', 'bank-statements'], security: 'customer',
      query: pageQuerySchema, responses: { 200: { description: 'my statements', schema: listSchema } }, errors: [400, 401, 404],
    },
    async (c, { actor, query }) => {
      const r = await useCases.listBankStatements.execute({ actor, limit: query.limit, offset: query.offset });
      if (!r.ok) throw useCaseError(r.error);
      return c.json({ items: r.value.map(statementJson) });
    },
  );

  table.add(
    {
      method: 'get', path: '/api/v1/partner/brand/:brandId/loans/:loanId/bank-statements', summary: "The bank statements a loan's customer shared (loan list, credit and sanction roles)",
      tags: ['partner', 'bank-statements'], security: 'staff', params: z.object({ brandId: idSchema, loanId: idSchema }), query: pageQuerySchema,
      responses: { 200: { description: 'the statements', schema: listSchema } }, errors: [400, 401, 403, 404],
    },
    async (c, { actor, params, query }) => {
      const r = await useCases.listBankStatements.execute({ actor, brandId: params.brandId, loanId: params.loanId, limit: query.limit, offset: query.offset });
      if (!r.ok) throw useCaseError(r.error);
      return c.json({ items: r.value.map(statementJson) });
    },
  );
}
