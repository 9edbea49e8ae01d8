import { type LocalDate, type Result, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { BrandClosedDate } from '../../ports/allocation-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type BrandAccessError, requireBrandFeature } from './brand-access.js';

/** The brand's closed days in a date range. */
export class ListBrandClosedDates {
  constructor(private readonly deps: { readonly repositories: Repositories }) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string; readonly from: LocalDate; readonly to: LocalDate }): Promise<Result<BrandClosedDate[], BrandAccessError>> {
    const access = await requireBrandFeature(this.deps.repositories, input.actor, input.brandId, 'staff');
    if (!access.ok) return access;
    return ok(await this.deps.repositories.allocation.listClosedDates(input.brandId, input.from, input.to));
  }
}
