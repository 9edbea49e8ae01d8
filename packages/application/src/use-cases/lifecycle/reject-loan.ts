import { type Result, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { type LifecycleStepError, attempt, commitLoan, loadForStaff } from './lifecycle-step.js';

/** Sanction staff reject a loan under review or recommended, with one of the brand's rejection reasons. */
export class RejectLoan {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly ids: IdGenerator; readonly clock: Clock }) {}

  execute(input: { readonly actor: Actor; readonly brandId: string; readonly loanId: string; readonly reasonCode: string }): Promise<Result<{ readonly status: string }, LifecycleStepError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const found = await loadForStaff(repos, input.actor, input.brandId, input.loanId, 'sanction-view');
      if (!found.ok) return found;
      const { loan, staff } = found.value;
      const reasons = await repos.lifecycle.rejectionReasons(input.brandId);
      const done = attempt(() => loan.reject(staff, input.reasonCode, reasons, this.deps.clock.now()));
      if (!done.ok) return done;
      await commitLoan(repos, loan, this.deps.ids, staff.userId, input.actor.requestId);
      return ok({ status: loan.status });
    });
  }
}
