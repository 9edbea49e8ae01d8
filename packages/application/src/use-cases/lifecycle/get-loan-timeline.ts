import { type Result, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { LifecycleUnitOfWork, TimelineEntry } from '../../ports/loan-lifecycle-repository.js';
import { type LifecycleStepError, loadForStaff } from './lifecycle-step.js';

/** Every transition of a loan, oldest first, with who acted and when. */
export class GetLoanTimeline {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork }) {}

  execute(input: { readonly actor: Actor; readonly brandId: string; readonly loanId: string }): Promise<Result<readonly TimelineEntry[], LifecycleStepError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const found = await loadForStaff(repos, input.actor, input.brandId, input.loanId, 'dashboard');
      if (!found.ok) return found;
      return ok(await repos.lifecycle.timeline(input.brandId, input.loanId));
    });
  }
}
