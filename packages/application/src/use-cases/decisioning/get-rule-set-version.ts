import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type BrandAccessError, requireBrandFeature } from './brand-access.js';
import { type RuleSetVersionView, toRuleSetVersionView } from './rule-set-view.js';

export type GetRuleSetVersionError = BrandAccessError | { readonly code: 'RULE_SET_NOT_FOUND' };

/** A brand's admins read one rule set version with its document and scorecard. */
export class GetRuleSetVersion {
  constructor(private readonly deps: { readonly repositories: Repositories }) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string; readonly ruleSetId: string; readonly version: number }): Promise<Result<RuleSetVersionView, GetRuleSetVersionError>> {
    const access = await requireBrandFeature(this.deps.repositories, input.actor, input.brandId, 'settings');
    if (!access.ok) return access;
    const stored = await this.deps.repositories.ruleSets.find(input.brandId, input.ruleSetId, input.version);
    return stored ? ok(toRuleSetVersionView(stored, true)) : err({ code: 'RULE_SET_NOT_FOUND' });
  }
}
