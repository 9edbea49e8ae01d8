import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type LoanView, toLoanView } from './loan-view.js';

export type GetCustomerLoanError = { readonly code: 'LOAN_NOT_FOUND' };

/** A customer reads one of their own loans; anyone else's answers as not found. */
export class GetCustomerLoan {
  constructor(private readonly deps: { readonly repositories: Repositories }) {}

  async execute(input: { readonly actor: Actor; readonly loanId: string }): Promise<Result<LoanView, GetCustomerLoanError>> {
    const actor = input.actor;
    if (actor.kind !== 'customer') return err({ code: 'LOAN_NOT_FOUND' });
    const loan = await this.deps.repositories.loans.findById(actor.brandId, input.loanId);
    if (!loan || loan.toSnapshot().customerId !== actor.customerId) return err({ code: 'LOAN_NOT_FOUND' });
    return ok(toLoanView(loan));
  }
}
