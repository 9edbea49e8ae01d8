import { Loan, type LoanSnapshot, type LoanStatus } from '@los/domain';
import { ConcurrencyConflictError, type LoanListQuery, type LoanRepository, type Page } from '../../ports/loan-repository.js';
import { type InMemoryTables, requireRow } from './in-memory-tables.js';
import { requireScale } from './require-scale.js';

const newestFirst = (a: LoanSnapshot, b: LoanSnapshot) =>
  b.appliedAt.getTime() - a.appliedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Loans in memory with the same optimistic concurrency and brand scoping as the database. */
export class InMemoryLoanRepository implements LoanRepository {
  constructor(private readonly tables: InMemoryTables) {}

  async add(loan: Loan): Promise<void> {
    const s = loan.toSnapshot();
    if (this.tables.loans.has(s.id)) throw new Error(`loan ${s.id} already exists`);
    requireRow(this.tables.brands.has(s.brandId), `brand ${s.brandId}`);
    requireRow(this.tables.customers.get(s.customerId)?.brandId === s.brandId, `customer ${s.customerId} of brand ${s.brandId}`);
    requireRow(this.tables.products.get(s.productId)?.brandId === s.brandId, `product ${s.productId} of brand ${s.brandId}`);
    requireScale(s.amount.amount, 2, 'loan amount');
    this.tables.loans.set(s.id, { ...s, rejectionReasons: [...s.rejectionReasons], version: 0 });
  }

  async findById(brandId: string, loanId: string): Promise<Loan | null> {
    const s = this.tables.loans.get(loanId);
    return s && s.brandId === brandId ? Loan.rehydrate(s) : null;
  }

  async save(loan: Loan): Promise<void> {
    const s = loan.toSnapshot();
    const stored = this.tables.loans.get(s.id);
    if (!stored || stored.brandId !== s.brandId || stored.version !== s.version) {
      throw new ConcurrencyConflictError('Loan', s.id, s.version);
    }
    requireScale(s.amount.amount, 2, 'loan amount');
    this.tables.loans.set(s.id, { ...s, rejectionReasons: [...s.rejectionReasons], version: s.version + 1 });
  }

  async listInRepayment(limit: number, afterLoanId?: string): Promise<readonly { readonly brandId: string; readonly loanId: string }[]> {
    return [...this.tables.loans.values()]
      .filter((s) => (s.status === 'ACTIVE' || s.status === 'OVERDUE') && (afterLoanId === undefined || s.id > afterLoanId))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit)
      .map((s) => ({ brandId: s.brandId, loanId: s.id }));
  }

  async listIdsInStatus(status: LoanStatus, limit: number, afterLoanId?: string): Promise<readonly { readonly brandId: string; readonly loanId: string }[]> {
    return [...this.tables.loans.values()]
      .filter((s) => s.status === status && (afterLoanId === undefined || s.id > afterLoanId))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit)
      .map((s) => ({ brandId: s.brandId, loanId: s.id }));
  }

  async listByBrand(brandId: string, query: LoanListQuery): Promise<Page<Loan>> {
    const matching = [...this.tables.loans.values()]
      .filter((s) => s.brandId === brandId)
      .filter((s) => query.status === undefined || (typeof query.status === 'string' ? s.status === query.status : query.status.includes(s.status)))
      .filter((s) => query.productId === undefined || s.productId === query.productId)
      .filter((s) => query.customerId === undefined || s.customerId === query.customerId)
      .sort(newestFirst);
    const items = matching.slice(query.offset, query.offset + query.limit).map((s) => Loan.rehydrate(s));
    return { items, total: matching.length, limit: query.limit, offset: query.offset };
  }
}
