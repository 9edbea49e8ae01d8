import type { LoanRepository } from '../../ports/loan-repository.js';
import type { DisburseLoan } from './disburse-loan.js';

/**
 * The disbursal reconciliation job: every loan awaiting its payout is asked about once per run, so a payout
 * the provider settles (or fails) later, or one whose request was lost, is finished without staff.
 */
export class ReconcileDisbursals {
  static readonly job = 'disbursal-reconciliation';

  constructor(private readonly deps: { readonly loans: LoanRepository; readonly disburseLoan: DisburseLoan; readonly pageSize?: number }) {}

  async execute(): Promise<{ readonly pending: number; readonly disbursed: number; readonly failed: number; readonly errors: number }> {
    const counts = { pending: 0, disbursed: 0, failed: 0, errors: 0 };
    let after: string | undefined;
    for (;;) {
      const page = await this.deps.loans.listIdsInStatus('DISBURSAL_PENDING', this.deps.pageSize ?? 100, after);
      for (const { brandId, loanId } of page) {
        try {
          const view = await this.deps.disburseLoan.reconcile(brandId, loanId);
          if (view?.outcome === 'DISBURSED') counts.disbursed += 1;
          else if (view?.outcome === 'FAILED') counts.failed += 1;
          else counts.pending += 1;
        } catch {
          // One provider error must not stop the others; the loan stays pending for the next run.
          counts.errors += 1;
        }
      }
      if (page.length === 0 || page.length < (this.deps.pageSize ?? 100)) break;
      after = page.at(-1)?.loanId;
    }
    return counts;
  }
}
