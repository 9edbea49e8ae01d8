import { type Result, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type BrandAccessError, requireBrandFeature } from './brand-access.js';
import { type RuleSetVersionView, toRuleSetVersionView } from './rule-set-view.js';

/** A brand's admins list its rule set versions, without documents (the settings feature). */
export class ListRuleSets {
  constructor(private readonly deps: { readonly repositories: Repositories }) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string }): Promise<Result<RuleSetVersionView[], BrandAccessError>> {
    const access = await requireBrandFeature(this.deps.repositories, input.actor, input.brandId, 'settings');
    if (!access.ok) return access;
    const versions = await this.deps.repositories.ruleSets.listByBrand(input.brandId);
    return ok(versions.map((v) => toRuleSetVersionView(v, false)));
  }
}
