import {
  type Clock,
  GetBrandKycSettings,
  GetCustomerKyc,
  type AadhaarReferences,
  type KycVerifier,
  type LifecycleUnitOfWork,
  SetBrandKycSettings,
  StartAadhaarOtp,
  SubmitAadhaarOtp,
  VerifyBankAccount,
  VerifyEmployment,
  VerifyPan,
} from '@los/application';
import type { KycUseCases } from '@los/adapters-http';
import { ContainerModule, type ServiceIdentifier } from 'inversify';
import { lifecycleIds } from './lifecycle-module.js';
import { ids } from './service-ids.js';
import { servicingIds } from './servicing-module.js';

/** The bindings of customer KYC. */
export const kycIds = {
  /** The customer steps, the staff read and the brand settings, grouped as `createHttpApp` takes them. */
  UseCases: Symbol.for('los.kyc.UseCases') as ServiceIdentifier<KycUseCases>,
} as const;

/** Binds the KYC use cases over the lifecycle unit of work and the configured KYC provider (Surepass or the sandbox). */
export function kycModule(): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(kycIds.UseCases)
      .toResolvedValue(
        (unitOfWork: LifecycleUnitOfWork, kyc: KycVerifier, clock: Clock, references: AadhaarReferences): KycUseCases => {
          const deps = { unitOfWork, clock };
          return {
            verifyPan: new VerifyPan({ ...deps, pan: kyc.pan }),
            startAadhaarOtp: new StartAadhaarOtp({ ...deps, aadhaar: kyc.aadhaar, references }),
            submitAadhaarOtp: new SubmitAadhaarOtp({ ...deps, aadhaar: kyc.aadhaar }),
            verifyBankAccount: new VerifyBankAccount({ ...deps, bankAccount: kyc.bankAccount }),
            verifyEmployment: new VerifyEmployment({ ...deps, employment: kyc.employment }),
            getCustomerKyc: new GetCustomerKyc({ unitOfWork }),
            setBrandKycSettings: new SetBrandKycSettings({ unitOfWork }),
            getBrandKycSettings: new GetBrandKycSettings({ unitOfWork }),
          };
        },
        [lifecycleIds.UnitOfWork, servicingIds.KycVerifier, ids.Clock, ids.AadhaarReferences],
      )
      .inSingletonScope();
  });
}
