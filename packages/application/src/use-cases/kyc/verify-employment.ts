import { type Result, err } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { EmploymentCheck } from '../../ports/customer-kyc-repository.js';
import type { Employment, EmploymentVerifier } from '../../ports/employment-verifier.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { type KycStepError, askProvider, outcome, readCustomerScope, recordAttempt } from './kyc-step.js';

/** The employment the record shows now: the one not left, else the one joined last. */
function currentEmployer(employments: readonly Employment[]): string | null {
  const current = employments.find((e) => e.leftOn === undefined);
  if (current) return current.employer;
  const latest = [...employments].sort((a, b) => (a.joinedOn < b.joinedOn ? 1 : -1))[0];
  return latest?.employer ?? null;
}

/**
 * The customer's employment from the EPFO record of their UAN, its name compared with the customer's
 * verified name at the brand's threshold.
 */
export class VerifyEmployment {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly employment: EmploymentVerifier; readonly clock: Clock }) {}

  async execute(input: { readonly actor: Actor; readonly uan: string }): Promise<Result<EmploymentCheck, KycStepError>> {
    const scope = await readCustomerScope(this.deps.unitOfWork, input.actor);
    if (!scope.ok) return scope;
    const name = scope.value.kyc.verifiedName;
    if (name === null) return err({ code: 'KYC_NAME_NOT_VERIFIED', step: 'EMPLOYMENT' });
    const threshold = scope.value.settings.nameMatchThreshold;
    const asked = await askProvider('EMPLOYMENT_VERIFICATION', () => this.deps.employment.verifyEmployment(input.uan, name));
    if (!asked.ok) return asked;
    const answer = asked.value;
    const checkedAt = this.deps.clock.now();
    let check: EmploymentCheck;
    if (answer.status === 'FOUND') {
      const passed = answer.nameMatchScore >= threshold;
      check = {
        status: passed ? 'VERIFIED' : 'FAILED', result: passed ? 'FOUND' : 'NAME_MISMATCH', uan: answer.uan, employer: currentEmployer(answer.employments), name: answer.name, nameMatchScore: answer.nameMatchScore, checkedAt,
      };
    } else {
      check = { status: 'FAILED', result: answer.status, uan: input.uan, employer: null, name: null, nameMatchScore: null, checkedAt };
    }
    await recordAttempt(this.deps.unitOfWork, scope.value, (kyc) => ({ ...kyc, employment: check }));
    return outcome('EMPLOYMENT', check, threshold);
  }
}
