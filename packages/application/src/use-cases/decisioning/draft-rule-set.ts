import { type Result, type ValidationError, compileRuleSet, compileScorecard, draftRuleSetVersion, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import { type BrandAccessError, requireBrandFeature } from './brand-access.js';
import { type RuleSetVersionView, toRuleSetVersionView } from './rule-set-view.js';

export interface DraftRuleSetInput {
  readonly actor: Actor;
  readonly brandId: string;
  /** The rule set document; its `id` and `version` name the version it becomes. */
  readonly document: unknown;
  /** An optional scorecard evaluated after the rules pass. */
  readonly scorecard?: unknown;
}

export type DraftRuleSetError =
  | BrandAccessError
  | { readonly code: 'RULE_SET_INVALID'; readonly errors: readonly ValidationError[] }
  | { readonly code: 'RULE_SET_VERSION_EXISTS'; readonly ruleSetId: string; readonly version: number };

/**
 * A brand admin stores a new rule set version as a draft, after it compiles (every problem is reported,
 * naming the rule and the field path). A version number is never reused: drafting an existing one is refused.
 */
export class DraftRuleSet {
  constructor(private readonly deps: { readonly unitOfWork: UnitOfWork; readonly clock: Clock }) {}

  async execute(input: DraftRuleSetInput): Promise<Result<RuleSetVersionView, DraftRuleSetError>> {
    const compiled = compileRuleSet(input.document);
    const card = input.scorecard === undefined ? null : compileScorecard(input.scorecard);
    const errors = [...(compiled.ok ? [] : compiled.error), ...(card && !card.ok ? card.error.map((e) => ({ ...e, path: `scorecard:${e.path}` })) : [])];
    return this.deps.unitOfWork.run(async (repos) => {
      const access = await requireBrandFeature(repos, input.actor, input.brandId, 'settings');
      if (!access.ok) return access;
      if (!compiled.ok || errors.length > 0) return err({ code: 'RULE_SET_INVALID' as const, errors });
      const ruleSet = compiled.value;
      const record = {
        ...draftRuleSetVersion(ruleSet),
        brandId: input.brandId,
        productCode: ruleSet.json.product ?? null,
        document: ruleSet.json as unknown as Readonly<Record<string, unknown>>,
        scorecard: card ? (input.scorecard as Readonly<Record<string, unknown>>) : null,
        createdAt: this.deps.clock.now(),
        createdBy: input.actor.kind === 'staff' ? input.actor.userId : 'unknown',
      };
      if (!(await repos.ruleSets.add(record))) return err({ code: 'RULE_SET_VERSION_EXISTS' as const, ruleSetId: ruleSet.ref.id, version: ruleSet.ref.version });
      return ok(toRuleSetVersionView(record, false));
    });
  }
}
