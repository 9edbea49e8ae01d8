import { type Result, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { CollectorLoan } from '../../ports/collection-repository.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import { type BrandAccessError, requireBrandFeature } from '../decisioning/brand-access.js';

/** A member of collections staff reads the overdue loans they hold on the brand, most days past due first. */
export class ListMyCollectionLoans {
  constructor(private readonly deps: { readonly unitOfWork: UnitOfWork }) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string }): Promise<Result<CollectorLoan[], BrandAccessError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const access = await requireBrandFeature(repos, input.actor, input.brandId, 'collections');
      if (!access.ok) return access;
      const userId = input.actor.kind === 'staff' ? input.actor.userId : '';
      return ok(await repos.collections.listCollectorLoans(input.brandId, userId));
    });
  }
}
