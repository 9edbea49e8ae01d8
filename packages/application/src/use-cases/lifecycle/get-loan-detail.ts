import { type LoanSnapshot, type Result, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { CamVersion, LifecycleUnitOfWork, LoanComment, TimelineEntry } from '../../ports/loan-lifecycle-repository.js';
import { type LifecycleStepError, loadForStaff } from './lifecycle-step.js';

/** A loan as staff see it: its state, latest CAM, comments and timeline. */
export interface LoanDetail {
  readonly loan: LoanSnapshot;
  readonly cam: CamVersion | null;
  readonly comments: readonly LoanComment[];
  readonly timeline: readonly TimelineEntry[];
}

/** Staff with any role on the brand read a loan with its CAM, comments and every transition (actor and time). */
export class GetLoanDetail {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork }) {}

  execute(input: { readonly actor: Actor; readonly brandId: string; readonly loanId: string }): Promise<Result<LoanDetail, LifecycleStepError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const found = await loadForStaff(repos, input.actor, input.brandId, input.loanId, 'dashboard');
      if (!found.ok) return found;
      return ok({
        loan: found.value.loan.toSnapshot(),
        cam: await repos.lifecycle.findLatestCam(input.brandId, input.loanId),
        comments: await repos.lifecycle.listComments(input.brandId, input.loanId),
        timeline: await repos.lifecycle.timeline(input.brandId, input.loanId),
      });
    });
  }
}
