import { type Result, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { businessDate } from '../loans/business-date.js';
import { allocateNewLoan } from './allocate-new-loan.js';
import { commitAssignment } from './commit-assignment.js';
import { type BrandAccessError, requireBrandFeature } from './brand-access.js';

/** How many waiting loans found an executive, and how many still wait. */
export interface AllocationRun {
  readonly assigned: number;
  readonly left: number;
}

/**
 * Places loans that went under review while no loan executive was available (none on the brand, or all
 * away that day), oldest first, by the same policy and under the same brand lock as new decisions. A brand
 * admin runs it (or the system, as a super admin, on a schedule). Given the lifecycle unit of work, each
 * assignment is on the loan's timeline and in the audit log with the staff who ran it.
 */
export class AllocateUnassignedLoans {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly ids: IdGenerator; readonly clock: Clock; readonly timeZone: string }) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string; readonly limit?: number }): Promise<Result<AllocationRun, BrandAccessError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const access = await requireBrandFeature(repos, input.actor, input.brandId, 'staff');
      if (!access.ok) return access;
      const now = this.deps.clock.now();
      const date = businessDate(now, this.deps.timeZone);
      const waiting = await repos.allocation.listUnassignedLoanIds(input.brandId, input.limit ?? 100);
      let assigned = 0;
      for (const loanId of waiting) {
        const loan = await repos.loans.findById(input.brandId, loanId);
        if (!loan || loan.status !== 'UNDER_REVIEW' || loan.assigneeId !== undefined) continue;
        const placed = await allocateNewLoan(repos, loan, date, now);
        if (!('assigneeId' in placed)) break;
        await commitAssignment(repos, loan, this.deps.ids, input.actor.kind === 'staff' ? input.actor.userId : undefined, input.actor.requestId);
        assigned += 1;
      }
      return ok({ assigned, left: waiting.length - assigned });
    });
  }
}
