import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleUnitOfWork, LoanComment } from '../../ports/loan-lifecycle-repository.js';
import { type LifecycleStepError, loadForStaff } from './lifecycle-step.js';

export type AddLoanCommentError = LifecycleStepError | { readonly code: 'EMPTY_COMMENT' };

/** Staff who see the brand's loans (or review them) leave a note on a loan. */
export class AddLoanComment {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly ids: IdGenerator; readonly clock: Clock }) {}

  execute(input: { readonly actor: Actor; readonly brandId: string; readonly loanId: string; readonly body: string }): Promise<Result<LoanComment, AddLoanCommentError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const body = input.body.trim();
      if (body.length === 0) return err({ code: 'EMPTY_COMMENT' });
      const found = await loadForStaff(repos, input.actor, input.brandId, input.loanId, 'dashboard');
      if (!found.ok) return found;
      const comment: LoanComment = {
        id: this.deps.ids.next(),
        brandId: input.brandId,
        loanId: input.loanId,
        authorId: found.value.staff.userId,
        body,
        createdAt: this.deps.clock.now(),
      };
      await repos.lifecycle.addComment(comment);
      return ok(comment);
    });
  }
}
