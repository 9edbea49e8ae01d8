import { Decimal, type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { CollectionProfile } from '../../ports/collection-repository.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import { type BrandAccessError, requireBrandFeature } from '../decisioning/brand-access.js';

/** Why a profile was refused: brand access, a user who is not a collection executive of the brand, or a rating out of 0–5. */
export type SetCollectionProfileError = BrandAccessError | { readonly code: 'STAFF_NOT_FOUND' } | { readonly code: 'INVALID_RATING' };

/**
 * A brand admin sets a collection executive's rating (0–5, one decimal place), the pincodes or cities they
 * visit, and optionally how many overdue loans they may hold. The stored rating is normalised to one decimal.
 */
export class SetCollectionProfile {
  constructor(private readonly deps: { readonly unitOfWork: UnitOfWork; readonly clock: Clock }) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string; readonly profile: CollectionProfile }): Promise<Result<CollectionProfile, SetCollectionProfileError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const access = await requireBrandFeature(repos, input.actor, input.brandId, 'staff');
      if (!access.ok) return access;
      const rating = new Decimal(input.profile.rating);
      if (rating.isNaN() || rating.lt(0) || rating.gt(5) || rating.decimalPlaces() > 1) return err({ code: 'INVALID_RATING' as const });
      const user = await repos.staff.findById(input.profile.userId);
      if (!user || !user.roles.some((r) => r.brandId === input.brandId && r.role === 'COLLECTION_EXECUTIVE')) return err({ code: 'STAFF_NOT_FOUND' as const });
      const profile: CollectionProfile = { ...input.profile, rating: rating.toFixed(1), locations: [...new Set(input.profile.locations)] };
      await repos.collections.saveProfile(input.brandId, profile, this.deps.clock.now());
      return ok(profile);
    });
  }
}
