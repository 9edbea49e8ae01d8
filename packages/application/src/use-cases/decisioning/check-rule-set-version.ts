import { type Result, type RuleSetReport, checkRuleSet, err, ok, recordRuleSetCheck } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { Repositories, UnitOfWork } from '../../ports/unit-of-work.js';
import { businessDate } from '../loans/business-date.js';
import { type BrandAccessError, requireBrandFeature } from './brand-access.js';
import { type RuleSetVersionView, toRuleSetVersionView } from './rule-set-view.js';
import { StoredRuleSetCompiler } from './stored-rule-set-compiler.js';

export interface CheckRuleSetVersionInput {
  readonly actor: Actor;
  readonly brandId: string;
  readonly ruleSetId: string;
  readonly version: number;
  /** Generated applications per property; fewer runs answer faster, more find rarer problems. */
  readonly runs?: number;
  readonly seed?: number;
}

export type CheckRuleSetVersionError =
  | BrandAccessError
  | { readonly code: 'RULE_SET_NOT_FOUND' }
  | { readonly code: 'RULE_SET_NOT_A_DRAFT'; readonly status: string };

/** The harness report and the version's record after it. */
export interface RuleSetCheckResult {
  readonly passed: boolean;
  readonly version: RuleSetVersionView;
  readonly report: RuleSetReport;
}

/**
 * A brand admin runs the verification harness on a draft (its examples, monotonicity, unknown facts,
 * threshold probes, dead and contradictory rules). A passing report marks the draft checked, which is
 * what activation requires; a failing one leaves it a draft and returns the findings.
 */
export class CheckRuleSetVersion {
  private readonly compiler = new StoredRuleSetCompiler();

  constructor(private readonly deps: { readonly repositories: Repositories; readonly unitOfWork: UnitOfWork; readonly clock: Clock; readonly timeZone: string }) {}

  async execute(input: CheckRuleSetVersionInput): Promise<Result<RuleSetCheckResult, CheckRuleSetVersionError>> {
    const access = await requireBrandFeature(this.deps.repositories, input.actor, input.brandId, 'settings');
    if (!access.ok) return access;
    const stored = await this.deps.repositories.ruleSets.find(input.brandId, input.ruleSetId, input.version);
    if (!stored) return err({ code: 'RULE_SET_NOT_FOUND' });
    if (stored.status !== 'draft') return err({ code: 'RULE_SET_NOT_A_DRAFT', status: stored.status });
    const asOf = businessDate(this.deps.clock.now(), this.deps.timeZone);
    // The harness runs outside any transaction: it takes a while and needs no lock.
    const report = checkRuleSet(this.compiler.compile(stored).rules, { asOf, ...(input.runs ? { runs: input.runs } : {}), ...(input.seed !== undefined ? { seed: input.seed } : {}) });
    const recorded = recordRuleSetCheck(stored, report, asOf);
    if (!recorded.ok) return ok({ passed: false, version: toRuleSetVersionView(stored, false), report });
    return this.deps.unitOfWork.run(async (repos) => {
      const current = await repos.ruleSets.find(input.brandId, input.ruleSetId, input.version);
      if (!current) return err({ code: 'RULE_SET_NOT_FOUND' as const });
      if (current.status !== 'draft') return err({ code: 'RULE_SET_NOT_A_DRAFT' as const, status: current.status });
      await repos.ruleSets.updateStatus(input.brandId, input.ruleSetId, input.version, 'checked', asOf);
      return ok({ passed: true, version: toRuleSetVersionView({ ...current, status: 'checked', checkedOn: asOf }, false), report });
    });
  }
}
