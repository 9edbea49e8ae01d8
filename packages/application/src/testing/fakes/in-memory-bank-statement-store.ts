import type { AnalysedStatement } from '../../ports/bank-statement-provider.js';
import type { BankStatementStore, BankStatementSubmission, PendingBankStatement } from '../../ports/bank-statement-store.js';

const newestFirst = (a: BankStatementSubmission, b: BankStatementSubmission) => b.submittedAt.getTime() - a.submittedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Shared statements held in memory, with the table's rules: one live submission per file, settled once. */
export class InMemoryBankStatementStore implements BankStatementStore {
  private readonly rows = new Map<string, BankStatementSubmission>();

  async record(submission: BankStatementSubmission): Promise<'recorded' | 'duplicate'> {
    // Checked and written without an await between, as the table's unique index would.
    if (this.liveFile(submission.brandId, submission.customerId, submission.fileSha256)) return 'duplicate';
    if ([...this.rows.values()].some((r) => r.id === submission.id || (r.provider === submission.provider && r.providerReference === submission.providerReference))) return 'duplicate';
    this.rows.set(submission.id, submission);
    return 'recorded';
  }

  async findByFile(brandId: string, customerId: string, fileSha256: string): Promise<BankStatementSubmission | null> {
    return this.liveFile(brandId, customerId, fileSha256);
  }

  async complete(id: string, analysis: AnalysedStatement, at: Date): Promise<'completed' | 'unchanged'> {
    return this.settle(id, { status: 'COMPLETED', analysis, settledAt: at }) ? 'completed' : 'unchanged';
  }

  async fail(id: string, reason: string, at: Date): Promise<'failed' | 'unchanged'> {
    return this.settle(id, { status: 'FAILED', failureReason: reason, settledAt: at }) ? 'failed' : 'unchanged';
  }

  async listForCustomer(brandId: string, customerId: string, page: { readonly limit: number; readonly offset: number }): Promise<BankStatementSubmission[]> {
    return this.of(brandId, customerId).slice(page.offset, page.offset + page.limit);
  }

  async latestCompleted(brandId: string, customerId: string): Promise<BankStatementSubmission | null> {
    return this.of(brandId, customerId).find((r) => r.status === 'COMPLETED') ?? null;
  }

  async listPending(limit: number, after?: PendingBankStatement): Promise<PendingBankStatement[]> {
    const key = (r: { submittedAt: Date; id: string }) => `${r.submittedAt.toISOString()}|${r.id}`;
    return [...this.rows.values()]
      .filter((r) => r.status === 'PENDING' && (!after || key(r) > key(after)))
      .sort((a, b) => (key(a) < key(b) ? -1 : 1))
      .slice(0, limit)
      .map((r) => ({ id: r.id, brandId: r.brandId, provider: r.provider, providerReference: r.providerReference, submittedAt: r.submittedAt }));
  }

  private liveFile(brandId: string, customerId: string, fileSha256: string): BankStatementSubmission | null {
    return [...this.rows.values()].find((r) => r.brandId === brandId && r.customerId === customerId && r.fileSha256 === fileSha256 && r.status !== 'FAILED') ?? null;
  }

  private of(brandId: string, customerId: string): BankStatementSubmission[] {
    return [...this.rows.values()].filter((r) => r.brandId === brandId && r.customerId === customerId).sort(newestFirst);
  }

  private settle(id: string, change: Partial<BankStatementSubmission>): boolean {
    const row = this.rows.get(id);
    if (row?.status !== 'PENDING') return false;
    this.rows.set(id, { ...row, ...change });
    return true;
  }
}
