import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { DEFAULT_KYC_SETTINGS, missingKycSteps } from '../kyc/kyc-rules.js';
import { type LifecycleStepError, attempt, commitLoan, loadForStaff } from './lifecycle-step.js';

/**
 * A sanction manager or head sanctions a recommended loan within the brand's limit for their role; the
 * recommender may never sanction. The customer must have verified every KYC step the brand requires (checked
 * once the loan allows the sanction, so role, limit and state refusals come first). CREDIT_APPROVED → SANCTIONED.
 */
export class SanctionLoan {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly ids: IdGenerator; readonly clock: Clock }) {}

  execute(input: { readonly actor: Actor; readonly brandId: string; readonly loanId: string }): Promise<Result<{ readonly status: string }, LifecycleStepError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const found = await loadForStaff(repos, input.actor, input.brandId, input.loanId, 'sanction-view');
      if (!found.ok) return found;
      const { loan, staff } = found.value;
      const limits = await repos.lifecycle.sanctionLimits(input.brandId);
      const done = attempt(() => loan.sanction(staff, limits, this.deps.clock.now()));
      if (!done.ok) return done;
      const [settings, kyc] = await Promise.all([repos.kyc.kycSettings(input.brandId), repos.kyc.find(input.brandId, loan.toSnapshot().customerId)]);
      const missingSteps = missingKycSteps((settings ?? DEFAULT_KYC_SETTINGS).requiredSteps, kyc);
      // The loan was changed only in memory: returning before commitLoan leaves nothing written.
      if (missingSteps.length > 0) return err({ code: 'KYC_INCOMPLETE', missingSteps });
      await commitLoan(repos, loan, this.deps.ids, staff.userId, input.actor.requestId);
      return ok({ status: loan.status });
    });
  }
}
