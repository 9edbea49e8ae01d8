import { ConcurrencyConflictError, type LoanListQuery, type LoanRepository, type Page } from '@los/application';
import type { Loan, LoanStatus } from '@los/domain';
import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';
import { insertStatement } from './insert-statement.js';
import { loanFromRow, loanToRow } from './loan-row.js';
import { isUuid } from './uuid.js';

/**
 * Loans in PostgreSQL, with optimistic concurrency on `version`. `save` does not touch the aggregate in
 * memory: after a save its `version` is stale, so load the loan again before changing it a second time.
 */
export class PgLoanRepository implements LoanRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async add(loan: Loan): Promise<void> {
    // Unset columns are left to their NULL default: a new loan sends a dozen values, not 25.
    const row = Object.fromEntries(Object.entries({ ...loanToRow(loan), version: 0 }).filter(([, value]) => value !== null));
    await this.db.executeQuery(insertStatement('loans', [row]));
  }

  async findById(brandId: string, loanId: string): Promise<Loan | null> {
    if (!isUuid(brandId) || !isUuid(loanId)) return null;
    const row = await this.db.selectFrom('loans').selectAll().where('brand_id', '=', brandId).where('id', '=', loanId).executeTakeFirst();
    return row ? loanFromRow(row) : null;
  }

  async save(loan: Loan): Promise<void> {
    const { id, brand_id, version, ...changes } = loanToRow(loan);
    const updated = await this.db
      .updateTable('loans')
      .set({ ...changes, version: version + 1 })
      .where('id', '=', id)
      .where('brand_id', '=', brand_id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) throw new ConcurrencyConflictError('Loan', id, version);
  }

  async listInRepayment(limit: number, afterLoanId?: string): Promise<readonly { readonly brandId: string; readonly loanId: string }[]> {
    let q = this.db.selectFrom('loans').select(['brand_id', 'id']).where('status', 'in', ['ACTIVE', 'OVERDUE']);
    if (afterLoanId !== undefined) q = q.where('id', '>', afterLoanId);
    const rows = await q.orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ brandId: r.brand_id, loanId: r.id }));
  }

  async listIdsInStatus(status: LoanStatus, limit: number, afterLoanId?: string): Promise<readonly { readonly brandId: string; readonly loanId: string }[]> {
    let q = this.db.selectFrom('loans').select(['brand_id', 'id']).where('status', '=', status);
    if (afterLoanId !== undefined) q = q.where('id', '>', afterLoanId);
    const rows = await q.orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ brandId: r.brand_id, loanId: r.id }));
  }

  async listByBrand(brandId: string, query: LoanListQuery): Promise<Page<Loan>> {
    if (!isUuid(brandId) || (query.customerId !== undefined && !isUuid(query.customerId)) || (query.productId !== undefined && !isUuid(query.productId))) {
      return { items: [], total: 0, limit: query.limit, offset: query.offset };
    }
    let filtered = this.db.selectFrom('loans').where('brand_id', '=', brandId);
    if (typeof query.status === 'string') filtered = filtered.where('status', '=', query.status);
    else if (query.status !== undefined) filtered = query.status.length === 0 ? filtered.where(sql<boolean>`false`) : filtered.where('status', 'in', [...query.status]);
    if (query.productId !== undefined) filtered = filtered.where('product_id', '=', query.productId);
    if (query.customerId !== undefined) filtered = filtered.where('customer_id', '=', query.customerId);
    const [rows, count] = await Promise.all([
      filtered.selectAll().orderBy('applied_at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
      filtered.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(loanFromRow), total: Number(count.total), limit: query.limit, offset: query.offset };
  }
}
