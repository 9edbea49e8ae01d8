import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Page } from '../../ports/loan-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type LoanView, toLoanView } from './loan-view.js';

/** A customer lists their own loans on their brand, newest first; nobody else is answered. */
export class ListCustomerLoans {
  constructor(private readonly deps: { readonly repositories: Repositories }) {}

  async execute(input: { readonly actor: Actor; readonly limit: number; readonly offset: number }): Promise<Result<Page<LoanView>, { readonly code: 'LOAN_NOT_FOUND' }>> {
    const { actor } = input;
    if (actor.kind !== 'customer') return err({ code: 'LOAN_NOT_FOUND' });
    const page = await this.deps.repositories.loans.listByBrand(actor.brandId, { customerId: actor.customerId, limit: input.limit, offset: input.offset });
    return ok({ ...page, items: page.items.map(toLoanView) });
  }
}
