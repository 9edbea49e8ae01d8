import type { BankStatementProvider } from '../../ports/bank-statement-provider.js';
import type { BankStatementStore, PendingBankStatement } from '../../ports/bank-statement-store.js';
import type { Clock } from '../../ports/clock.js';

/** What one refresh did. */
export interface BankStatementRefresh {
  readonly completed: number;
  readonly failed: number;
  readonly pending: number;
  /** Submissions whose provider gave no answer (or is no longer configured); they stay pending. */
  readonly errors: number;
}

/**
 * The bank statement refresh job: every pending submission is asked about at the provider that took it,
 * and settled once its analysis completes or fails, so no analysis is lost when a callback never comes.
 * Settling is idempotent, so a run racing a callback (or another run) records each outcome once.
 */
export class RefreshBankStatements {
  static readonly job = 'bank-statement-refresh';

  constructor(private readonly deps: { readonly store: BankStatementStore; readonly providers: readonly BankStatementProvider[]; readonly clock: Clock; readonly pageSize?: number }) {}

  async execute(): Promise<BankStatementRefresh> {
    const counts = { completed: 0, failed: 0, pending: 0, errors: 0 };
    const pageSize = this.deps.pageSize ?? 100;
    let after: PendingBankStatement | undefined;
    for (;;) {
      const page = await this.deps.store.listPending(pageSize, after);
      for (const pending of page) counts[await this.settle(pending)] += 1;
      if (page.length < pageSize) break;
      after = page.at(-1);
    }
    return counts;
  }

  /** Asks the provider about one submission and records a final answer. */
  async settle(pending: PendingBankStatement): Promise<keyof BankStatementRefresh> {
    const provider = this.deps.providers.find((p) => p.name === pending.provider);
    if (!provider) return 'errors';
    try {
      const result = await provider.fetchResult(pending.providerReference);
      if (result.status === 'PENDING') return 'pending';
      const now = this.deps.clock.now();
      if (result.status === 'COMPLETED') await this.deps.store.complete(pending.id, result.analysis, now);
      else await this.deps.store.fail(pending.id, result.reason, now);
      return result.status === 'COMPLETED' ? 'completed' : 'failed';
    } catch {
      // One provider error must not stop the others; the submission stays pending for the next run.
      return 'errors';
    }
  }
}
