import { type Result, ok } from '@los/domain';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { BrandAccessError } from '../decisioning/brand-access.js';
import { type LoanReader, loadLoanFor } from './loan-access.js';

/** A loan's journal as loan ops read it: each entry with its lines, and the balances they add up to. */
export interface LoanLedgerView {
  readonly loanId: string;
  readonly balances: Readonly<Record<'principal' | 'interest' | 'fees' | 'penal' | 'excess', string>>;
  readonly entries: readonly {
    readonly id: string;
    readonly businessDate: string;
    readonly kind: string;
    readonly memo: string;
    readonly reverses?: string;
    readonly lines: readonly { readonly account: string; readonly side: string; readonly amount: string }[];
  }[];
}

/** Staff with loan ops read a loan's ledger; the balances are derived from the entries shown. */
export class GetLoanLedger {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork }) {}

  execute(input: LoanReader): Promise<Result<LoanLedgerView, BrandAccessError | { readonly code: 'LOAN_NOT_FOUND' }>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const found = await loadLoanFor(repos, input, 'loan-ops');
      if (!found.ok) return found;
      const loan = found.value;
      const entries = await repos.ledger.entriesOfLoan(loan.brandId, loan.id);
      const b = await repos.ledger.balancesOfLoan(loan.brandId, loan.id, loan.toSnapshot().amount.currency);
      return ok({
        loanId: loan.id,
        balances: { principal: b.principal.toFixed(), interest: b.interest.toFixed(), fees: b.fees.toFixed(), penal: b.penal.toFixed(), excess: b.excess.toFixed() },
        entries: entries.map((e) => ({
          id: e.id,
          businessDate: e.businessDate,
          kind: e.kind,
          memo: e.memo,
          ...(e.reverses ? { reverses: e.reverses } : {}),
          lines: e.lines.map((l) => ({ account: l.account, side: l.side, amount: l.amount.toFixed() })),
        })),
      });
    });
  }
}
