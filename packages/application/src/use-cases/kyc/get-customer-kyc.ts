import { type Result, err, ok } from '@los/domain';
import { type Actor, type StaffFeature, staffAccess } from '../../auth/actor.js';
import type { BrandKycSettings, CustomerKyc, KycStep } from '../../ports/customer-kyc-repository.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { BrandAccessError } from '../decisioning/brand-access.js';
import { customerScope } from './kyc-step.js';
import { missingKycSteps } from './kyc-rules.js';

/** A customer's KYC as the customer and staff see it: every step's latest attempt and what sanction still needs. */
export interface CustomerKycView {
  readonly kyc: CustomerKyc;
  readonly settings: BrandKycSettings;
  /** The brand's required steps not verified yet; sanction waits for none of them. */
  readonly missingSteps: readonly KycStep[];
}

/** The staff who may read a customer's KYC: loan list, credit and sanction roles (and ADMIN). */
const READERS: readonly StaffFeature[] = ['loan-list', 'credit-view', 'sanction-view'];

/** A customer reads their own KYC; staff of the brand with a loan list, credit or sanction role read a customer's. */
export class GetCustomerKyc {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork }) {}

  execute(input: { readonly actor: Actor; readonly brandId?: string; readonly customerId?: string }): Promise<Result<CustomerKycView, BrandAccessError | { readonly code: 'CUSTOMER_NOT_FOUND' }>> {
    return this.deps.unitOfWork.run(async (repos) => {
      let subject: Actor = input.actor;
      if (input.actor.kind === 'staff') {
        const { brandId = '', customerId = '' } = input;
        const access = READERS.map((feature) => staffAccess(input.actor, brandId, feature));
        if (access.every((a) => a === 'none')) return err({ code: 'BRAND_NOT_FOUND' as const });
        if (!access.includes('allowed')) return err({ code: 'FORBIDDEN' as const });
        if (!(await repos.brands.findById(brandId))) return err({ code: 'BRAND_NOT_FOUND' as const });
        subject = { kind: 'customer', brandId, customerId };
      }
      const scope = await customerScope(repos, subject);
      if (!scope.ok) return err({ code: 'CUSTOMER_NOT_FOUND' as const });
      const { kyc, settings } = scope.value;
      return ok({ kyc, settings, missingSteps: missingKycSteps(settings.requiredSteps, kyc) });
    });
  }
}
