import { type Result, err, isValidAadhaar, maskAadhaar, ok } from '@los/domain';
import type { AadhaarEkyc } from '../../ports/aadhaar-ekyc.js';
import type { AadhaarReferences } from '../../ports/aadhaar-references.js';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { AadhaarCheck } from '../../ports/customer-kyc-repository.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { type KycStepError, askProvider, readCustomerScope, recordAttempt } from './kyc-step.js';

/**
 * Asks UIDAI (through the provider) to send an OTP to the mobile linked to the customer's Aadhaar. Only the
 * masked number and its Aadhaar reference are recorded, with the provider's request id the OTP must come back with.
 */
export class StartAadhaarOtp {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly aadhaar: AadhaarEkyc; readonly references: AadhaarReferences; readonly clock: Clock }) {}

  async execute(input: { readonly actor: Actor; readonly aadhaarNumber: string }): Promise<Result<{ readonly referenceId: string }, KycStepError>> {
    const scope = await readCustomerScope(this.deps.unitOfWork, input.actor);
    if (!scope.ok) return scope;
    // A malformed number never reaches the provider, and is not recorded: it could not be masked.
    if (!isValidAadhaar(input.aadhaarNumber)) return err({ code: 'KYC_CHECK_FAILED', step: 'AADHAAR', result: 'INVALID_AADHAAR' });
    const maskedAadhaar = maskAadhaar(input.aadhaarNumber);
    const asked = await askProvider('AADHAAR_EKYC', () => this.deps.aadhaar.startOtp(input.aadhaarNumber));
    if (!asked.ok) return asked;
    const answer = asked.value;
    const sent = answer.status === 'OTP_SENT';
    const check: AadhaarCheck = {
      status: sent ? 'OTP_SENT' : 'FAILED', result: answer.status, maskedAadhaar, aadhaarRef: this.deps.references.referenceOf(input.aadhaarNumber), referenceId: sent ? answer.referenceId : null, name: null, dateOfBirth: null, checkedAt: this.deps.clock.now(),
    };
    await recordAttempt(this.deps.unitOfWork, scope.value, (kyc) => ({ ...kyc, aadhaar: check }));
    if (answer.status !== 'OTP_SENT') return err({ code: 'KYC_CHECK_FAILED', step: 'AADHAAR', result: answer.status });
    return ok({ referenceId: answer.referenceId });
  }
}
