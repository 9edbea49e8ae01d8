import { type Result, type ValidationError, compileRuleSet, compileScorecard, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type BrandAccessError, requireBrandFeature } from './brand-access.js';

/** Whether a document compiles, with every problem found. */
export interface RuleSetValidation {
  readonly valid: boolean;
  readonly errors: readonly ValidationError[];
  /** The rule set's reference when it compiles. */
  readonly ruleSet: { readonly id: string; readonly version: number; readonly fingerprint: string } | null;
}

/** A brand admin checks that a rule set document (and scorecard) compiles, without storing anything. */
export class ValidateRuleSet {
  constructor(private readonly deps: { readonly repositories: Repositories }) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string; readonly document: unknown; readonly scorecard?: unknown }): Promise<Result<RuleSetValidation, BrandAccessError>> {
    const access = await requireBrandFeature(this.deps.repositories, input.actor, input.brandId, 'settings');
    if (!access.ok) return access;
    const compiled = compileRuleSet(input.document);
    const card = input.scorecard === undefined ? null : compileScorecard(input.scorecard);
    const errors = [...(compiled.ok ? [] : compiled.error), ...(card && !card.ok ? card.error.map((e) => ({ ...e, path: `scorecard:${e.path}` })) : [])];
    return ok({ valid: errors.length === 0, errors, ruleSet: compiled.ok ? compiled.value.ref : null });
  }
}
