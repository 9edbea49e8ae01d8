import { type Result, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { BrandKycSettings } from '../../ports/customer-kyc-repository.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { type BrandAccessError, requireBrandFeature } from '../decisioning/brand-access.js';
import { DEFAULT_KYC_SETTINGS } from './kyc-rules.js';

/** A brand's ADMIN reads its KYC settings (the defaults until set: no step required, threshold 80). */
export class GetBrandKycSettings {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork }) {}

  execute(input: { readonly actor: Actor; readonly brandId: string }): Promise<Result<BrandKycSettings, BrandAccessError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const access = await requireBrandFeature(repos, input.actor, input.brandId, 'settings');
      if (!access.ok) return access;
      return ok((await repos.kyc.kycSettings(input.brandId)) ?? DEFAULT_KYC_SETTINGS);
    });
  }
}
