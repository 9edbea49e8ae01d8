import { type Result, err, isMaskedAadhaar } from '@los/domain';
import type { AadhaarEkyc } from '../../ports/aadhaar-ekyc.js';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { AadhaarCheck } from '../../ports/customer-kyc-repository.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { type KycStepError, askProvider, outcome, readCustomerScope, recordAttempt } from './kyc-step.js';

/**
 * Submits the customer's Aadhaar OTP for the request they started. A verified e-KYC keeps the masked number,
 * the name and the date of birth only; a wrong or expired OTP ends the request (a new OTP is needed).
 */
export class SubmitAadhaarOtp {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly aadhaar: AadhaarEkyc; readonly clock: Clock }) {}

  async execute(input: { readonly actor: Actor; readonly referenceId: string; readonly otp: string }): Promise<Result<AadhaarCheck, KycStepError>> {
    const scope = await readCustomerScope(this.deps.unitOfWork, input.actor);
    if (!scope.ok) return scope;
    const pending = scope.value.kyc.aadhaar;
    if (pending?.status !== 'OTP_SENT' || pending.referenceId !== input.referenceId) return err({ code: 'AADHAAR_OTP_NOT_FOUND' });
    const asked = await askProvider('AADHAAR_EKYC', () => this.deps.aadhaar.submitOtp(input.referenceId, input.otp));
    if (!asked.ok) return asked;
    const answer = asked.value;
    const checkedAt = this.deps.clock.now();
    let check: AadhaarCheck;
    if (answer.status === 'VERIFIED') {
      // The provider promises a masked number; a full one must never reach storage, so its breach is a bug.
      if (!isMaskedAadhaar(answer.kyc.maskedAadhaar)) throw new Error('the Aadhaar provider returned an unmasked number');
      check = { status: 'VERIFIED', result: 'VERIFIED', maskedAadhaar: answer.kyc.maskedAadhaar, aadhaarRef: pending.aadhaarRef, referenceId: null, name: answer.kyc.name, dateOfBirth: answer.kyc.dateOfBirth, checkedAt };
    } else {
      check = { ...pending, status: 'FAILED', result: answer.status, referenceId: null, checkedAt };
    }
    await recordAttempt(this.deps.unitOfWork, scope.value, (kyc) => ({ ...kyc, aadhaar: check }));
    return outcome('AADHAAR', check, scope.value.settings.nameMatchThreshold);
  }
}
