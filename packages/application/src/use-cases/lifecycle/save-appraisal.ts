import {
  type AppraisedProduct,
  type CamInput,
  type CreditAppraisal,
  type DayCount,
  type EligibleFoir,
  type LoanProduct,
  type Result,
  Money,
  creditAppraisal,
  err,
  ok,
} from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { type LifecycleStepError, attempt, commitLoan, loadForStaff } from './lifecycle-step.js';

/** The credit policy the CAM is computed under. */
export interface CamPolicy {
  readonly eligibleFoir: EligibleFoir;
  readonly rounding: CamInput['rounding'];
  /** Day count of single-repayment (day-tenure) products. */
  readonly dayCount: DayCount;
}

export type SaveAppraisalError = LifecycleStepError | { readonly code: 'INVALID_AMOUNTS'; readonly message: string };

const DECIMAL = /^\d{1,13}(\.\d{1,2})?$/;

function appraisedProduct(product: LoanProduct, tenure: number, dayCount: DayCount): AppraisedProduct {
  return product.tenureUnit === 'MONTH'
    ? { method: 'EMI', annualRate: product.annualRate, months: tenure }
    : { method: 'BULLET', annualRate: product.annualRate, days: tenure, dayCount };
}

/**
 * A credit executive appraises a loan under review: the CAM is computed from salary credits and existing
 * obligations under the FOIR policy, stored as the loan's next CAM version, and the loan records it.
 */
export class SaveAppraisal {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly ids: IdGenerator; readonly clock: Clock; readonly policy: CamPolicy }) {}

  execute(input: {
    readonly actor: Actor;
    readonly brandId: string;
    readonly loanId: string;
    readonly salaryCredits: readonly string[];
    readonly obligations: readonly string[];
  }): Promise<Result<{ readonly version: number; readonly appraisal: CreditAppraisal }, SaveAppraisalError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const found = await loadForStaff(repos, input.actor, input.brandId, input.loanId, 'credit-view');
      if (!found.ok) return found;
      const { loan, staff } = found.value;
      const amounts = [...input.salaryCredits, ...input.obligations];
      if (input.salaryCredits.length < 1 || input.salaryCredits.length > 3 || !amounts.every((a) => DECIMAL.test(a))) {
        return err({ code: 'INVALID_AMOUNTS', message: 'one to three salary credits and any obligations, as decimal strings' });
      }
      const snapshot = loan.toSnapshot();
      const product = await repos.brands.findProduct(input.brandId, snapshot.productId);
      if (!product) throw new Error(`product ${snapshot.productId} of loan ${loan.id} not found`);
      const currency = snapshot.amount.currency;
      const appraisal = creditAppraisal({
        salaryCredits: input.salaryCredits.map((a) => Money.of(a, currency)),
        existingObligations: input.obligations.map((a) => Money.of(a, currency)),
        eligibleFoir: this.deps.policy.eligibleFoir,
        product: appraisedProduct(product, snapshot.tenure, this.deps.policy.dayCount),
        requestedAmount: snapshot.amount,
        rounding: this.deps.policy.rounding,
      });
      const version = (snapshot.camVersion ?? 0) + 1;
      const now = this.deps.clock.now();
      const done = attempt(() => loan.saveAppraisal({ version }, staff, now));
      if (!done.ok) return done;
      await repos.lifecycle.addCamVersion({
        brandId: input.brandId,
        loanId: loan.id,
        version,
        salaryCredits: [...input.salaryCredits],
        obligations: [...input.obligations],
        appraisal,
        createdBy: staff.userId,
        createdAt: now,
      });
      await commitLoan(repos, loan, this.deps.ids, staff.userId, input.actor.requestId);
      return ok({ version, appraisal });
    });
  }
}
