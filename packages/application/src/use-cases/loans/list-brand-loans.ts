import { type LoanStatus, type Result, err, ok } from '@los/domain';
import { type Actor, staffAccess } from '../../auth/actor.js';
import type { Page } from '../../ports/loan-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type LoanView, toLoanView } from './loan-view.js';

export interface ListBrandLoansInput {
  readonly actor: Actor;
  readonly brandId: string;
  readonly status?: LoanStatus;
  readonly limit: number;
  readonly offset: number;
}

export type ListBrandLoansError = { readonly code: 'BRAND_NOT_FOUND' } | { readonly code: 'FORBIDDEN' };

/** Staff list their brand's loans, newest first. Staff of other brands learn nothing (not found). */
export class ListBrandLoans {
  constructor(private readonly deps: { readonly repositories: Repositories }) {}

  async execute(input: ListBrandLoansInput): Promise<Result<Page<LoanView>, ListBrandLoansError>> {
    const access = staffAccess(input.actor, input.brandId, 'loan-list');
    if (access === 'none') return err({ code: 'BRAND_NOT_FOUND' });
    if (access === 'forbidden') return err({ code: 'FORBIDDEN' });
    if (!(await this.deps.repositories.brands.findById(input.brandId))) return err({ code: 'BRAND_NOT_FOUND' });
    const page = await this.deps.repositories.loans.listByBrand(input.brandId, {
      ...(input.status ? { status: input.status } : {}),
      limit: input.limit,
      offset: input.offset,
    });
    return ok({ ...page, items: page.items.map(toLoanView) });
  }
}
