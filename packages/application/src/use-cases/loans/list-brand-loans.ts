import { type LoanStatus, type Result, err, ok } from '@los/domain';
import { type Actor, staffAccess } from '../../auth/actor.js';
import type { Page } from '../../ports/loan-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type LoanView, toLoanView } from './loan-view.js';

export interface ListBrandLoansInput {
  readonly actor: Actor;
  readonly brandId: string;
  readonly status?: LoanStatus;
  /** Only completed loans: closed, settled or written off. */
  readonly completed?: boolean;
  readonly productId?: string;
  /** A customer's phone (E.164): their loans only. */
  readonly phone?: string;
  readonly limit: number;
  readonly offset: number;
}

export type ListBrandLoansError = { readonly code: 'BRAND_NOT_FOUND' } | { readonly code: 'FORBIDDEN' };

/** The statuses a loan ends its life in. */
const COMPLETED: readonly LoanStatus[] = ['CLOSED', 'SETTLED', 'WRITTEN_OFF'];

/** Staff list their brand's loans, newest first, filtered by status (or completed), product and customer phone. Staff of other brands learn nothing (not found). */
export class ListBrandLoans {
  constructor(private readonly deps: { readonly repositories: Repositories }) {}

  async execute(input: ListBrandLoansInput): Promise<Result<Page<LoanView>, ListBrandLoansError>> {
    const access = staffAccess(input.actor, input.brandId, 'loan-list');
    if (access === 'none') return err({ code: 'BRAND_NOT_FOUND' });
    if (access === 'forbidden') return err({ code: 'FORBIDDEN' });
    if (!(await this.deps.repositories.brands.findById(input.brandId))) return err({ code: 'BRAND_NOT_FOUND' });
    let customerId: string | undefined;
    if (input.phone !== undefined) {
      const customer = await this.deps.repositories.customers.findByPhone(input.brandId, input.phone);
      if (!customer) return ok({ items: [], total: 0, limit: input.limit, offset: input.offset });
      customerId = customer.id;
    }
    const statuses = input.completed ? COMPLETED.filter((s) => input.status === undefined || s === input.status) : undefined;
    const page = await this.deps.repositories.loans.listByBrand(input.brandId, {
      ...(statuses ? { status: statuses } : input.status ? { status: input.status } : {}),
      ...(input.productId ? { productId: input.productId } : {}),
      ...(customerId ? { customerId } : {}),
      limit: input.limit,
      offset: input.offset,
    });
    return ok({ ...page, items: page.items.map(toLoanView) });
  }
}
