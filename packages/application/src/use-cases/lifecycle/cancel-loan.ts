import { type Result, err, minimumCoolingOffDays, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { type LifecycleStepError, attempt, commitLoan } from './lifecycle-step.js';

/** A customer withdraws their sanctioned loan within the product's cooling-off period. */
export class CancelLoan {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly ids: IdGenerator; readonly clock: Clock }) {}

  execute(input: { readonly actor: Actor; readonly loanId: string }): Promise<Result<{ readonly status: string }, LifecycleStepError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const { actor } = input;
      if (actor.kind !== 'customer') return err({ code: 'LOAN_NOT_FOUND' });
      const loan = await repos.loans.findById(actor.brandId, input.loanId);
      if (!loan || loan.toSnapshot().customerId !== actor.customerId) return err({ code: 'LOAN_NOT_FOUND' });
      const snapshot = loan.toSnapshot();
      const product = await repos.brands.findProduct(actor.brandId, snapshot.productId);
      if (!product) throw new Error(`product ${snapshot.productId} of loan ${loan.id} not found`);
      const days = minimumCoolingOffDays(product, snapshot.tenure);
      const done = attempt(() => loan.cancel(actor.customerId, this.deps.clock.now(), days));
      if (!done.ok) return done;
      await commitLoan(repos, loan, this.deps.ids, actor.customerId, actor.requestId);
      return ok({ status: loan.status });
    });
  }
}
