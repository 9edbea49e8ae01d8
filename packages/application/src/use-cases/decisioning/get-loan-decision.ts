import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type BrandAccessError, requireBrandFeature } from './brand-access.js';
import { type DecisionView, toDecisionView } from './decision-view.js';

export type GetLoanDecisionError = BrandAccessError | { readonly code: 'LOAN_NOT_FOUND' } | { readonly code: 'DECISION_NOT_FOUND' };

/** Staff who see the brand's loans read a loan's automated decision with its explanation. */
export class GetLoanDecision {
  constructor(private readonly deps: { readonly repositories: Repositories }) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string; readonly loanId: string }): Promise<Result<DecisionView, GetLoanDecisionError>> {
    const repos = this.deps.repositories;
    const access = await requireBrandFeature(repos, input.actor, input.brandId, 'loan-list');
    if (!access.ok) return access;
    if (!(await repos.loans.findById(input.brandId, input.loanId))) return err({ code: 'LOAN_NOT_FOUND' });
    const decision = await repos.decisions.findLatestForLoan(input.brandId, input.loanId);
    return decision ? ok(toDecisionView(decision)) : err({ code: 'DECISION_NOT_FOUND' });
  }
}
