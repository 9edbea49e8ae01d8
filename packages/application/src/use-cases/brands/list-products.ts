import { type LoanProduct, type Result, err, ok } from '@los/domain';
import type { Repositories } from '../../ports/unit-of-work.js';

/** The active products a brand offers, for its customers' apps. */
export class ListProducts {
  constructor(private readonly deps: { readonly repositories: Repositories }) {}

  async execute(input: { readonly brandId: string }): Promise<Result<readonly LoanProduct[], { readonly code: 'BRAND_NOT_FOUND' }>> {
    if (!(await this.deps.repositories.brands.findById(input.brandId))) return err({ code: 'BRAND_NOT_FOUND' });
    const products = await this.deps.repositories.brands.listProducts(input.brandId);
    return ok(products.filter((p) => p.active));
  }
}
