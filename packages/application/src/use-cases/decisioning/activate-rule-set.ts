import { type Result, type RuleSetVersion, activateRuleSetVersion, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import { type BrandAccessError, requireBrandFeature } from './brand-access.js';
import { type RuleSetVersionView, toRuleSetVersionView } from './rule-set-view.js';

export type ActivateRuleSetError =
  | BrandAccessError
  | { readonly code: 'RULE_SET_NOT_FOUND' }
  | { readonly code: 'RULE_SET_NOT_CHECKED'; readonly status: string };

/**
 * A brand admin activates a checked version. The version that was active (of this rule set, or of another
 * rule set for the same product) is retired in the same transaction, so exactly one version decides a
 * product. Decisions already made keep the version that made them.
 */
export class ActivateRuleSet {
  constructor(private readonly deps: { readonly unitOfWork: UnitOfWork }) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string; readonly ruleSetId: string; readonly version: number }): Promise<Result<RuleSetVersionView, ActivateRuleSetError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const access = await requireBrandFeature(repos, input.actor, input.brandId, 'settings');
      if (!access.ok) return access;
      const all = await repos.ruleSets.listByBrand(input.brandId);
      const target = all.find((r) => r.id === input.ruleSetId && r.version === input.version);
      if (!target) return err({ code: 'RULE_SET_NOT_FOUND' as const });
      const next = activateRuleSetVersion(all.filter((r) => r.id === input.ruleSetId), input.version);
      if (!next.ok) return err({ code: 'RULE_SET_NOT_CHECKED' as const, status: target.status });
      // Another rule set deciding the same product steps down too.
      const sameProduct = all.filter((r) => r.id !== target.id && r.status === 'active' && r.productCode === target.productCode);
      const retiring: RuleSetVersion[] = [...sameProduct, ...next.value.filter((v) => v.status === 'retired' && all.some((r) => r.id === v.id && r.version === v.version && r.status === 'active'))];
      for (const r of retiring) await repos.ruleSets.updateStatus(input.brandId, r.id, r.version, 'retired', r.checkedOn ?? null);
      await repos.ruleSets.updateStatus(input.brandId, target.id, target.version, 'active', target.checkedOn ?? null);
      return ok(toRuleSetVersionView({ ...target, status: 'active' }, false));
    });
  }
}
