import { type ChangedDecision, type Result, type RuleSetRef, err, ok, tallyDecisionChanges } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type BrandAccessError, requireBrandFeature } from './brand-access.js';
import { StoredRuleSetCompiler } from './stored-rule-set-compiler.js';

/** The most past applications one replay reads. */
export const REPLAY_LIMIT_MAX = 1000;

export type ReplayRuleSetVersionError = BrandAccessError | { readonly code: 'RULE_SET_NOT_FOUND' };

/** A past application whose decision the version would change. */
export interface ReplayedChange extends Omit<ChangedDecision, 'id'> {
  readonly loanId: string;
  readonly decisionId: string;
  /** The version that made the decision that stands. */
  readonly decidedBy: RuleSetRef;
}

/** What a version would have decided on the brand's past applications, next to what was decided. */
export interface ReplayResult {
  readonly ruleSet: RuleSetRef;
  /** How many past applications were replayed (the newest, at most the limit asked for). */
  readonly replayed: number;
  /** Counts by `decided→would decide`, unchanged ones included, e.g. `{ "referred→approved": 3 }`. */
  readonly transitions: Readonly<Record<string, number>>;
  /** Outcome changes first, then changes in the reasons only. */
  readonly changed: readonly ReplayedChange[];
}

/**
 * A brand admin replays a version (typically a draft, before activating it) over the brand's past
 * applications: each loan's standing decision by this rule set, re-run on the facts it read and on its own
 * business date, so the admin sees which decisions the version would change and why. Changes nothing. The
 * rules' outcome is compared (the scorecard, which runs after them, is not replayed).
 */
export class ReplayRuleSetVersion {
  private readonly compiler = new StoredRuleSetCompiler();

  constructor(private readonly deps: { readonly repositories: Repositories }) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string; readonly ruleSetId: string; readonly version: number; readonly limit: number }): Promise<Result<ReplayResult, ReplayRuleSetVersionError>> {
    const repos = this.deps.repositories;
    const access = await requireBrandFeature(repos, input.actor, input.brandId, 'settings');
    if (!access.ok) return access;
    const stored = await repos.ruleSets.find(input.brandId, input.ruleSetId, input.version);
    if (!stored) return err({ code: 'RULE_SET_NOT_FOUND' });
    const ruleSet = this.compiler.compile(stored).rules;
    const past = await repos.decisions.listLatestByRuleSet(input.brandId, input.ruleSetId, Math.min(Math.max(1, input.limit), REPLAY_LIMIT_MAX));
    const byId = new Map(past.map((d) => [d.id, d]));
    const tally = tallyDecisionChanges(
      past.map((d) => {
        const replay = ruleSet.evaluate(d.facts, { asOf: d.asOf });
        return { id: d.id, before: { outcome: d.outcome, reasons: d.reasons.map((r) => r.code) }, after: { outcome: replay.outcome, reasons: replay.reasons.map((r) => r.code) } };
      }),
    );
    const changed = tally.changed.map(({ id, ...change }) => {
      const decision = byId.get(id)!;
      return { ...change, loanId: decision.loanId, decisionId: decision.id, decidedBy: decision.ruleSet };
    });
    return ok({ ruleSet: ruleSet.ref, replayed: past.length, transitions: tally.transitions, changed });
  }
}
