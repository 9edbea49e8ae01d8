import {
  type Clock,
  CreatePaymentLink,
  DEFAULT_SERVICING_POLICY,
  DecideManualPayment,
  DisburseLoan,
  EnterManualPayment,
  GetLoanLedger,
  GetLoanSchedule,
  GrantWaiver,
  ListCustomerLoans,
  type Repositories,
  ReverseBouncedPayment,
  type IdGenerator,
  type LifecycleUnitOfWork,
  ListPayments,
  type PaymentGateway,
  type PayoutProvider,
  QuoteForeclosure,
  RecordGatewayPayment,
} from '@los/application';
import type { ServicingUseCases } from '@los/adapters-http';
import { ContainerModule, type ServiceIdentifier } from 'inversify';
import type { Config } from './config.js';
import { lifecycleIds } from './lifecycle-module.js';
import { ids } from './service-ids.js';
import { servicingIds } from './servicing-module.js';

const id = <T>(name: string) => Symbol.for(`los.loanServicing.${name}`) as ServiceIdentifier<T>;

/** The bindings of servicing a disbursed loan. */
export const loanServicingIds = {
  /** The worker's consumer of `payment.received` (consumer `loan-repayment`). */
  RecordGatewayPayment: id<RecordGatewayPayment>('RecordGatewayPayment'),
  /** The staff and customer use cases, grouped as `createHttpApp` takes them. */
  UseCases: id<ServicingUseCases>('UseCases'),
} as const;

/** Binds the gateway-payment consumer and the servicing HTTP use cases, under the default servicing policy. */
export function loanServicingModule(config: Config): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(loanServicingIds.RecordGatewayPayment)
      .toResolvedValue(
        (unitOfWork: LifecycleUnitOfWork, idGen: IdGenerator, clock: Clock) => new RecordGatewayPayment({ unitOfWork, ids: idGen, clock, timeZone: config.timeZone, policy: DEFAULT_SERVICING_POLICY }),
        [lifecycleIds.UnitOfWork, ids.IdGenerator, ids.Clock],
      )
      .inSingletonScope();
    bind(loanServicingIds.UseCases)
      .toResolvedValue(
        (unitOfWork: LifecycleUnitOfWork, idGen: IdGenerator, clock: Clock, payouts: PayoutProvider, gateway: PaymentGateway, repositories: Repositories): ServicingUseCases => {
          const deps = { unitOfWork, ids: idGen, clock };
          const paying = { ...deps, gateway, policy: DEFAULT_SERVICING_POLICY, timeZone: config.timeZone };
          return {
            disburseLoan: new DisburseLoan({ ...deps, payouts, timeZone: config.timeZone }),
            getLoanSchedule: new GetLoanSchedule({ unitOfWork, clock, timeZone: config.timeZone }),
            getLoanLedger: new GetLoanLedger({ unitOfWork }),
            quoteForeclosure: new QuoteForeclosure(paying),
            createPaymentLink: new CreatePaymentLink(paying),
            enterManualPayment: new EnterManualPayment({ ...deps, timeZone: config.timeZone }),
            decideManualPayment: new DecideManualPayment({ ...deps, policy: DEFAULT_SERVICING_POLICY }),
            listPayments: new ListPayments({ unitOfWork }),
            grantWaiver: new GrantWaiver(paying),
            reverseBouncedPayment: new ReverseBouncedPayment(paying),
            listCustomerLoans: new ListCustomerLoans({ repositories }),
          };
        },
        [lifecycleIds.UnitOfWork, ids.IdGenerator, ids.Clock, servicingIds.PayoutProvider, servicingIds.PaymentLinkGateway, ids.Repositories],
      )
      .inSingletonScope();
  });
}
