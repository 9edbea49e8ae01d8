import { type Decision, type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { StoredEvaluation } from '../../ports/decision-repository.js';
import type { Clock } from '../../ports/clock.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { businessDate } from '../loans/business-date.js';
import { type FactSources, gatherApplicationFacts } from './application-facts.js';
import { type BrandAccessError, requireBrandFeature } from './brand-access.js';
import { runDecision, storedEvaluation } from './run-decision.js';
import { StoredRuleSetCompiler } from './stored-rule-set-compiler.js';

export type DryRunRuleSetError = BrandAccessError | { readonly code: 'RULE_SET_NOT_FOUND' } | { readonly code: 'LOAN_NOT_FOUND' };

/** What a version would decide on a stored loan, next to what actually decided it. */
export interface DryRunResult {
  readonly ruleSet: Decision['ruleSet'];
  /** Where the facts came from: the loan's stored decision, or the providers asked now. */
  readonly factsSource: 'stored-decision' | 'providers';
  readonly outcome: Decision['outcome'];
  readonly loanOutcome: 'approved' | 'declined' | 'referred';
  readonly reasons: Decision['reasons'];
  readonly evaluation: StoredEvaluation | null;
  readonly explanation: readonly unknown[];
  readonly current: { readonly decisionId: string; readonly ruleSet: Decision['ruleSet']; readonly outcome: Decision['outcome'] } | null;
}

/**
 * A brand admin tries a version (typically a draft) on a stored loan, changing nothing: the facts are the
 * ones the loan was decided on, or, for a loan never decided by rules, gathered from the providers now.
 */
export class DryRunRuleSet {
  private readonly compiler = new StoredRuleSetCompiler();

  constructor(private readonly deps: { readonly repositories: Repositories; readonly sources: FactSources; readonly clock: Clock; readonly timeZone: string }) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string; readonly ruleSetId: string; readonly version: number; readonly loanId: string }): Promise<Result<DryRunResult, DryRunRuleSetError>> {
    const repos = this.deps.repositories;
    const access = await requireBrandFeature(repos, input.actor, input.brandId, 'settings');
    if (!access.ok) return access;
    const stored = await repos.ruleSets.find(input.brandId, input.ruleSetId, input.version);
    if (!stored) return err({ code: 'RULE_SET_NOT_FOUND' });
    const loan = await repos.loans.findById(input.brandId, input.loanId);
    if (!loan) return err({ code: 'LOAN_NOT_FOUND' });
    const asOf = businessDate(this.deps.clock.now(), this.deps.timeZone);
    const current = await repos.decisions.findLatestForLoan(input.brandId, input.loanId);
    let facts: unknown = current?.facts;
    if (!current) {
      const s = loan.toSnapshot();
      const [product, customer, applicant] = await Promise.all([repos.brands.findProduct(s.brandId, s.productId), repos.customers.findById(s.brandId, s.customerId), repos.applicants.find(s.brandId, s.id)]);
      if (!product || !customer) throw new Error(`loan ${s.id} refers to a missing product or customer`);
      facts = await gatherApplicationFacts(this.deps.sources, { loan, product, customer, applicant, asOf });
    }
    // A stored decision is replayed on its own business date, so ages and day counts read as they did then.
    const run = runDecision(this.compiler.compile(stored), facts, current?.asOf ?? asOf);
    return ok({
      ruleSet: run.decision.ruleSet,
      factsSource: current ? 'stored-decision' : 'providers',
      outcome: run.decision.outcome,
      loanOutcome: run.loanOutcome,
      reasons: run.decision.reasons,
      evaluation: run.evaluation ? storedEvaluation(run.evaluation) : null,
      explanation: JSON.parse(JSON.stringify(run.decision.explanation)) as unknown[],
      current: current ? { decisionId: current.id, ruleSet: current.ruleSet, outcome: current.outcome } : null,
    });
  }
}
