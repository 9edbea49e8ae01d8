import type { Result } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { PanCheck } from '../../ports/customer-kyc-repository.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { PanVerifier } from '../../ports/pan-verifier.js';
import { type KycStepError, askProvider, outcome, readCustomerScope, recordAttempt } from './kyc-step.js';

/**
 * The customer's PAN, checked against the tax department's records with the name they declared. It verifies
 * only an individual's PAN whose registered name matches the declared one at the brand's threshold; the
 * registered name then becomes the customer's verified name.
 */
export class VerifyPan {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly pan: PanVerifier; readonly clock: Clock }) {}

  async execute(input: { readonly actor: Actor; readonly pan: string; readonly name: string }): Promise<Result<PanCheck, KycStepError>> {
    const scope = await readCustomerScope(this.deps.unitOfWork, input.actor);
    if (!scope.ok) return scope;
    const threshold = scope.value.settings.nameMatchThreshold;
    const asked = await askProvider('PAN_VERIFICATION', () => this.deps.pan.verifyPan(input.pan, input.name));
    if (!asked.ok) return asked;
    const answer = asked.value;
    const checkedAt = this.deps.clock.now();
    let check: PanCheck;
    if (answer.status === 'VALID') {
      const result = answer.holderType !== 'INDIVIDUAL' ? 'NOT_INDIVIDUAL' : answer.nameMatchScore < threshold ? 'NAME_MISMATCH' : 'VALID';
      check = { status: result === 'VALID' ? 'VERIFIED' : 'FAILED', result, pan: answer.pan, registeredName: answer.registeredName, nameMatchScore: answer.nameMatchScore, checkedAt };
    } else {
      check = { status: 'FAILED', result: answer.status, pan: input.pan, registeredName: null, nameMatchScore: null, checkedAt };
    }
    await recordAttempt(this.deps.unitOfWork, scope.value, (kyc) => ({ ...kyc, pan: check }));
    return outcome('PAN', check, threshold);
  }
}
