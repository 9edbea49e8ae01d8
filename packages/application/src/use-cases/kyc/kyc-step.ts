import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { BrandKycSettings, CustomerKyc, KycStep } from '../../ports/customer-kyc-repository.js';
import type { LifecycleRepositories, LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { DEFAULT_KYC_SETTINGS, emptyKyc, verifiedNameOf } from './kyc-rules.js';

/** Why a customer's KYC step did not verify. */
export type KycStepError =
  | { readonly code: 'CUSTOMER_NOT_FOUND' }
  /** The provider answered no (invalid PAN, closed account, wrong OTP) or the names agree less than the brand requires; recorded as the step's failed state. */
  | { readonly code: 'KYC_CHECK_FAILED'; readonly step: KycStep; readonly result: string; readonly nameMatchScore?: number; readonly threshold?: number }
  /** The step compares names, and neither PAN nor Aadhaar has verified the customer's name yet. */
  | { readonly code: 'KYC_NAME_NOT_VERIFIED'; readonly step: KycStep }
  /** No Aadhaar OTP with this reference is awaited for the customer. */
  | { readonly code: 'AADHAAR_OTP_NOT_FOUND' }
  /** The provider could not be reached, failed or timed out: nothing was recorded, and the step can be taken again. */
  | { readonly code: 'PROVIDER_UNAVAILABLE'; readonly capability: KycCapability };

/** The provider capability a KYC step calls, named in PROVIDER_UNAVAILABLE. */
export type KycCapability = 'PAN_VERIFICATION' | 'AADHAAR_EKYC' | 'BANK_ACCOUNT_VERIFICATION' | 'EMPLOYMENT_VERIFICATION';

/** The signed-in customer's brand, record and the brand's settings. */
export interface CustomerKycScope {
  readonly brandId: string;
  readonly customerId: string;
  readonly kyc: CustomerKyc;
  readonly settings: BrandKycSettings;
}

/** Reads the signed-in customer's KYC record (empty before the first step) and the brand's settings. */
export async function customerScope(repos: LifecycleRepositories, actor: Actor): Promise<Result<CustomerKycScope, KycStepError>> {
  if (actor.kind !== 'customer' || !(await repos.customers.findById(actor.brandId, actor.customerId))) return err({ code: 'CUSTOMER_NOT_FOUND' });
  const [kyc, settings] = await Promise.all([repos.kyc.find(actor.brandId, actor.customerId), repos.kyc.kycSettings(actor.brandId)]);
  return ok({ brandId: actor.brandId, customerId: actor.customerId, kyc: kyc ?? emptyKyc(actor.brandId, actor.customerId), settings: settings ?? DEFAULT_KYC_SETTINGS });
}

/** Reads the customer's scope in a transaction of its own (provider calls happen outside any transaction). */
export function readCustomerScope(unitOfWork: LifecycleUnitOfWork, actor: Actor): Promise<Result<CustomerKycScope, KycStepError>> {
  return unitOfWork.run((repos) => customerScope(repos, actor));
}

// A provider that gave no answer fails the attempt as PROVIDER_UNAVAILABLE: the attempt is not the
// customer's, is not recorded, and an Aadhaar OTP already sent stays awaited.
export { askProvider } from '../ask-provider.js';

/**
 * Writes one step's attempt onto the current record and re-derives the verified name, in one transaction;
 * a concurrent change to the same record throws ConcurrencyConflictError and writes nothing.
 */
export async function recordAttempt(unitOfWork: LifecycleUnitOfWork, scope: CustomerKycScope, change: (kyc: CustomerKyc) => CustomerKyc): Promise<void> {
  await unitOfWork.run(async (repos) => {
    const current = (await repos.kyc.find(scope.brandId, scope.customerId)) ?? emptyKyc(scope.brandId, scope.customerId);
    const next = change(current);
    await repos.kyc.save({ ...next, verifiedName: verifiedNameOf(next) });
  });
}

/** The use case's answer for a recorded attempt: the check when verified, else the coded refusal. */
export function outcome<C extends { readonly status: string; readonly result: string; readonly nameMatchScore?: number | null }>(
  step: KycStep,
  check: C,
  threshold: number,
): Result<C, KycStepError> {
  if (check.status !== 'FAILED') return ok(check);
  const score = check.result === 'NAME_MISMATCH' && typeof check.nameMatchScore === 'number' ? { nameMatchScore: check.nameMatchScore, threshold } : {};
  return err({ code: 'KYC_CHECK_FAILED', step, result: check.result, ...score });
}
