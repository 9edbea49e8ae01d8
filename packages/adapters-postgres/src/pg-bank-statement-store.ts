import type { AnalysedStatement, BankStatementStatus, BankStatementStore, BankStatementSubmission, PendingBankStatement } from '@los/application';
import { Money, type StatementTransaction, type TransactionCategory, type TransactionDirection, localDate } from '@los/domain';
import type { Kysely, Selectable } from 'kysely';
import type { BankStatementLinesTable, BankStatementsTable } from './bank-statement-tables.js';
import type { DatabaseSchema } from './database-schema.js';
import { exactDecimal } from './exact-decimal.js';

/** Lines go in batches, so a long statement is a few statements of SQL, not thousands. */
const LINES_PER_INSERT = 500;

const lineFromRow = (row: Selectable<BankStatementLinesTable>): StatementTransaction => ({
  valueDate: localDate(row.value_date),
  direction: row.direction as TransactionDirection,
  amount: Money.of(row.amount),
  balanceAfter: Money.of(row.balance_after),
  narration: row.narration,
  category: row.category as TransactionCategory,
});

function submissionFromRow(row: Selectable<BankStatementsTable>, lines: readonly StatementTransaction[]): BankStatementSubmission {
  const completed = row.status === 'COMPLETED' && row.period_from !== null && row.period_to !== null;
  return {
    id: row.id,
    brandId: row.brand_id,
    customerId: row.customer_id,
    provider: row.provider,
    providerReference: row.provider_reference,
    fileSha256: row.file_sha256,
    status: row.status as BankStatementStatus,
    submittedAt: row.submitted_at,
    settledAt: row.settled_at,
    failureReason: row.failure_reason,
    analysis: completed
      ? { accountHolderName: row.account_holder_name, maskedAccountNumber: row.masked_account_number, statement: { period: { from: localDate(row.period_from ?? ''), to: localDate(row.period_to ?? '') }, transactions: lines } }
      : null,
  };
}

/**
 * Shared statements in `bank_statements` and their analysed lines in `bank_statement_lines`. The partial
 * unique index on live files and the `status = 'PENDING'` guard on settling make duplicates and double
 * settlements lose the race in the database, not in this process.
 */
export class PgBankStatementStore implements BankStatementStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async record(s: BankStatementSubmission): Promise<'recorded' | 'duplicate'> {
    const inserted = await this.db
      .insertInto('bank_statements')
      .values({
        id: s.id, brand_id: s.brandId, customer_id: s.customerId, provider: s.provider, provider_reference: s.providerReference, file_sha256: s.fileSha256,
        status: 'PENDING', submitted_at: s.submittedAt, settled_at: null, failure_reason: null, account_holder_name: null, masked_account_number: null, period_from: null, period_to: null,
      })
      // Any unique key (the id, the provider's reference, a live submission of the file) makes it a duplicate.
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted ? 'recorded' : 'duplicate';
  }

  async findByFile(brandId: string, customerId: string, fileSha256: string): Promise<BankStatementSubmission | null> {
    const row = await this.db.selectFrom('bank_statements').selectAll().where('brand_id', '=', brandId).where('customer_id', '=', customerId).where('file_sha256', '=', fileSha256).where('status', '<>', 'FAILED').executeTakeFirst();
    return row ? (await this.withLines([row]))[0] ?? null : null;
  }

  async complete(id: string, analysis: AnalysedStatement, at: Date): Promise<'completed' | 'unchanged'> {
    const { period, transactions } = analysis.statement;
    const line = (brandId: string) => (t: StatementTransaction, lineNo: number) => ({
      statement_id: id, brand_id: brandId, line_no: lineNo, value_date: t.valueDate, direction: t.direction,
      amount: exactDecimal(t.amount.amount, 2, 'a statement line amount'), balance_after: exactDecimal(t.balanceAfter.amount, 2, 'a statement balance'), narration: t.narration.slice(0, 500), category: t.category,
    });
    return this.db.transaction().execute(async (trx) => {
      const settled = await trx
        .updateTable('bank_statements')
        .set({ status: 'COMPLETED', settled_at: at, account_holder_name: analysis.accountHolderName, masked_account_number: analysis.maskedAccountNumber, period_from: period.from, period_to: period.to })
        .where('id', '=', id)
        .where('status', '=', 'PENDING')
        .returning('brand_id')
        .executeTakeFirst();
      if (!settled) return 'unchanged';
      const values = transactions.map(line(settled.brand_id));
      for (let i = 0; i < values.length; i += LINES_PER_INSERT) await trx.insertInto('bank_statement_lines').values(values.slice(i, i + LINES_PER_INSERT)).execute();
      return 'completed';
    });
  }

  async fail(id: string, reason: string, at: Date): Promise<'failed' | 'unchanged'> {
    const settled = await this.db.updateTable('bank_statements').set({ status: 'FAILED', settled_at: at, failure_reason: reason.slice(0, 500) }).where('id', '=', id).where('status', '=', 'PENDING').executeTakeFirst();
    return settled.numUpdatedRows === 1n ? 'failed' : 'unchanged';
  }

  async listForCustomer(brandId: string, customerId: string, page: { readonly limit: number; readonly offset: number }): Promise<BankStatementSubmission[]> {
    const rows = await this.ofCustomer(brandId, customerId).limit(page.limit).offset(page.offset).execute();
    return this.withLines(rows);
  }

  async latestCompleted(brandId: string, customerId: string): Promise<BankStatementSubmission | null> {
    const row = await this.ofCustomer(brandId, customerId).where('status', '=', 'COMPLETED').limit(1).executeTakeFirst();
    return row ? (await this.withLines([row]))[0] ?? null : null;
  }

  async listPending(limit: number, after?: PendingBankStatement): Promise<PendingBankStatement[]> {
    let select = this.db.selectFrom('bank_statements').select(['id', 'brand_id', 'provider', 'provider_reference', 'submitted_at']).where('status', '=', 'PENDING');
    if (after) select = select.where((eb) => eb.or([eb('submitted_at', '>', after.submittedAt), eb.and([eb('submitted_at', '=', after.submittedAt), eb('id', '>', after.id)])]));
    const rows = await select.orderBy('submitted_at').orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, brandId: r.brand_id, provider: r.provider, providerReference: r.provider_reference, submittedAt: r.submitted_at }));
  }

  private ofCustomer(brandId: string, customerId: string) {
    return this.db.selectFrom('bank_statements').selectAll().where('brand_id', '=', brandId).where('customer_id', '=', customerId).orderBy('submitted_at', 'desc').orderBy('id', 'desc');
  }

  /** The submissions with the lines of those completed, read in one query. */
  private async withLines(rows: readonly Selectable<BankStatementsTable>[]): Promise<BankStatementSubmission[]> {
    const completed = rows.filter((r) => r.status === 'COMPLETED');
    const brandIds = [...new Set(completed.map((r) => r.brand_id))];
    const lines = completed.length
      ? await this.db.selectFrom('bank_statement_lines').selectAll().where('brand_id', 'in', brandIds).where('statement_id', 'in', completed.map((r) => r.id)).orderBy('statement_id').orderBy('line_no').execute()
      : [];
    const byStatement = new Map<string, StatementTransaction[]>();
    for (const line of lines) {
      const list = byStatement.get(line.statement_id) ?? [];
      list.push(lineFromRow(line));
      byStatement.set(line.statement_id, list);
    }
    return rows.map((r) => submissionFromRow(r, byStatement.get(r.id) ?? []));
  }
}
