import { type Result, err, ok } from '@los/domain';
import { type Actor, type StaffFeature, staffAccess } from '../../auth/actor.js';
import type { Repositories } from '../../ports/unit-of-work.js';

/** Why a staff request on a brand was refused: no role there (not found) or not the feature. */
export type BrandAccessError = { readonly code: 'BRAND_NOT_FOUND' } | { readonly code: 'FORBIDDEN' };

/** Checks the actor's access to a feature of the brand and that the brand exists. */
export async function requireBrandFeature(repos: Repositories, actor: Actor, brandId: string, feature: StaffFeature): Promise<Result<void, BrandAccessError>> {
  const access = staffAccess(actor, brandId, feature);
  if (access === 'none') return err({ code: 'BRAND_NOT_FOUND' });
  if (access === 'forbidden') return err({ code: 'FORBIDDEN' });
  if (!(await repos.brands.findById(brandId))) return err({ code: 'BRAND_NOT_FOUND' });
  return ok(undefined);
}
