import { type Result, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { type LifecycleStepError, attempt, commitLoan, loadForStaff } from './lifecycle-step.js';

/** A credit executive recommends an appraised loan for sanction: UNDER_REVIEW → CREDIT_APPROVED. */
export class RecommendLoan {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly ids: IdGenerator; readonly clock: Clock }) {}

  execute(input: { readonly actor: Actor; readonly brandId: string; readonly loanId: string }): Promise<Result<{ readonly status: string }, LifecycleStepError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const found = await loadForStaff(repos, input.actor, input.brandId, input.loanId, 'credit-view');
      if (!found.ok) return found;
      const { loan, staff } = found.value;
      const done = attempt(() => loan.recommend(staff, this.deps.clock.now()));
      if (!done.ok) return done;
      await commitLoan(repos, loan, this.deps.ids, staff.userId, input.actor.requestId);
      return ok({ status: loan.status });
    });
  }
}
