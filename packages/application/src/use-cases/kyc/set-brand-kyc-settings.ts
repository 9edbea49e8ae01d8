import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import { type BrandKycSettings, KYC_STEPS, type KycStep } from '../../ports/customer-kyc-repository.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { type BrandAccessError, requireBrandFeature } from '../decisioning/brand-access.js';

/** Settings that cannot apply: an unknown or repeated step, or a threshold outside 0–100. */
export type KycSettingsError = BrandAccessError | { readonly code: 'KYC_SETTINGS_INVALID'; readonly problems: readonly string[] };

/** Why a brand's KYC settings cannot apply, one problem a line; empty when they can. */
export function kycSettingsProblems(settings: BrandKycSettings): string[] {
  const problems: string[] = [];
  const unknown = settings.requiredSteps.filter((s) => !KYC_STEPS.includes(s));
  if (unknown.length > 0) problems.push(`unknown steps: ${unknown.join(', ')}`);
  if (new Set(settings.requiredSteps).size !== settings.requiredSteps.length) problems.push('a step is listed twice');
  if (!Number.isInteger(settings.nameMatchThreshold) || settings.nameMatchThreshold < 0 || settings.nameMatchThreshold > 100) problems.push('nameMatchThreshold must be a whole number from 0 to 100');
  return problems;
}

/** A brand's ADMIN sets the KYC steps sanction requires and the name-match threshold every step uses. */
export class SetBrandKycSettings {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork }) {}

  execute(input: { readonly actor: Actor; readonly brandId: string; readonly requiredSteps: readonly KycStep[]; readonly nameMatchThreshold: number }): Promise<Result<BrandKycSettings, KycSettingsError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const access = await requireBrandFeature(repos, input.actor, input.brandId, 'settings');
      if (!access.ok) return access;
      // Kept in the order of KYC_STEPS, so the same set always reads back the same.
      const settings = { requiredSteps: KYC_STEPS.filter((s) => input.requiredSteps.includes(s)), nameMatchThreshold: input.nameMatchThreshold };
      const problems = kycSettingsProblems({ requiredSteps: input.requiredSteps, nameMatchThreshold: input.nameMatchThreshold });
      if (problems.length > 0) return err({ code: 'KYC_SETTINGS_INVALID', problems });
      await repos.kyc.setKycSettings(input.brandId, settings);
      return ok(settings);
    });
  }
}
