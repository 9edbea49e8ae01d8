import { type Result, err } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { BankAccountVerifier } from '../../ports/bank-account-verifier.js';
import type { Clock } from '../../ports/clock.js';
import type { BankAccountCheck } from '../../ports/customer-kyc-repository.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { type KycStepError, askProvider, outcome, readCustomerScope, recordAttempt } from './kyc-step.js';

/**
 * A penny drop to the customer's bank account, the holder's name compared with the customer's verified name
 * (from PAN or Aadhaar). Only a VERIFIED answer whose name match reaches the brand's threshold makes it the
 * customer's verified account, the one disbursals go to.
 */
export class VerifyBankAccount {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly bankAccount: BankAccountVerifier; readonly clock: Clock }) {}

  async execute(input: { readonly actor: Actor; readonly accountNumber: string; readonly ifsc: string }): Promise<Result<BankAccountCheck, KycStepError>> {
    const scope = await readCustomerScope(this.deps.unitOfWork, input.actor);
    if (!scope.ok) return scope;
    const expectedName = scope.value.kyc.verifiedName;
    if (expectedName === null) return err({ code: 'KYC_NAME_NOT_VERIFIED', step: 'BANK_ACCOUNT' });
    const threshold = scope.value.settings.nameMatchThreshold;
    const asked = await askProvider('BANK_ACCOUNT_VERIFICATION', () => this.deps.bankAccount.verifyAccount({ accountNumber: input.accountNumber, ifsc: input.ifsc, expectedName }));
    if (!asked.ok) return asked;
    const answer = asked.value;
    const checkedAt = this.deps.clock.now();
    let check: BankAccountCheck;
    if (answer.status === 'VERIFIED') {
      const passed = answer.nameMatchScore >= threshold;
      check = {
        status: passed ? 'VERIFIED' : 'FAILED', result: passed ? 'VERIFIED' : 'NAME_MISMATCH', accountNumber: answer.account.accountNumber, ifsc: answer.account.ifsc,
        holderName: answer.account.holderName, nameMatchScore: answer.nameMatchScore, providerReference: answer.providerReference, verifiedAt: passed ? checkedAt : null, checkedAt,
      };
    } else {
      check = {
        status: 'FAILED', result: answer.status, accountNumber: input.accountNumber, ifsc: input.ifsc, holderName: null, nameMatchScore: null, providerReference: answer.providerReference, verifiedAt: null, checkedAt,
      };
    }
    await recordAttempt(this.deps.unitOfWork, scope.value, (kyc) => ({ ...kyc, bankAccount: check }));
    return outcome('BANK_ACCOUNT', check, threshold);
  }
}
