import {
  AddLoanComment,
  CancelLoan,
  type CamPolicy,
  type Clock,
  CompleteSignature,
  type DocumentRenderer,
  type DocumentStore,
  type ESignProvider,
  GetAuditTrail,
  GetCustomerLoanDocuments,
  GetLoanDetail,
  type IdGenerator,
  IssueNoc,
  type LifecycleUnitOfWork,
  type MessageSender,
  NotifyNocIssued,
  RecommendLoan,
  RejectLoan,
  SanctionLoan,
  SaveAppraisal,
  SendAgreement,
} from '@los/application';
import type { LifecycleUseCases } from '@los/adapters-http';
import { PgLifecycleUnitOfWork } from '@los/adapters-postgres';
import { Rate } from '@los/domain';
import { ContainerModule, type ServiceIdentifier } from 'inversify';
import type { Config } from './config.js';
import type { Database } from './infrastructure.js';
import { ids } from './service-ids.js';
import { servicingIds } from './servicing-module.js';

const id = <T>(name: string) => Symbol.for(`los.lifecycle.${name}`) as ServiceIdentifier<T>;

/** The bindings of a loan's life after review. */
export const lifecycleIds = {
  UnitOfWork: id<LifecycleUnitOfWork>('UnitOfWork'),
  CompleteSignature: id<CompleteSignature>('CompleteSignature'),
  /** The worker's consumers of `loan.closed` (the NOC) and `loan.noc_issued` (the customer's SMS). */
  IssueNoc: id<IssueNoc>('IssueNoc'),
  NotifyNocIssued: id<NotifyNocIssued>('NotifyNocIssued'),
  /** The staff and customer use cases, grouped as `createHttpApp` takes them. */
  UseCases: id<LifecycleUseCases>('UseCases'),
} as const;

/** The CAM policy of the demo credit policy: 50% eligible FOIR, amounts to the paisa, loans in steps of 1000. */
export const DEFAULT_CAM_POLICY: CamPolicy = {
  eligibleFoir: Rate.percent('50'),
  rounding: { amounts: { dp: 2, mode: 'HALF_UP' }, percent: { dp: 2, mode: 'HALF_UP' }, loanStep: '1000' },
  dayCount: 'ACT/365',
};
/** Signed document links handed to customers live this long. */
const DOCUMENT_LINK_TTL_SECONDS = 15 * 60;
const SIGNATURE_EXPIRES_IN_DAYS = 7;

/** Binds the lifecycle unit of work, the e-sign and NOC consumers' use cases and the HTTP use cases. */
export function lifecycleModule(config: Config): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(lifecycleIds.UnitOfWork)
      .toResolvedValue((database: Database) => new PgLifecycleUnitOfWork(database.db), [ids.Database])
      .inSingletonScope();
    bind(lifecycleIds.CompleteSignature)
      .toResolvedValue((unitOfWork: LifecycleUnitOfWork, idGen: IdGenerator, clock: Clock) => new CompleteSignature({ unitOfWork, ids: idGen, clock }), [lifecycleIds.UnitOfWork, ids.IdGenerator, ids.Clock])
      .inSingletonScope();
    bind(lifecycleIds.IssueNoc)
      .toResolvedValue(
        (unitOfWork: LifecycleUnitOfWork, renderer: DocumentRenderer, store: DocumentStore, idGen: IdGenerator, clock: Clock) =>
          new IssueNoc({ unitOfWork, renderer, store, ids: idGen, clock, timeZone: config.timeZone }),
        [lifecycleIds.UnitOfWork, servicingIds.DocumentRenderer, servicingIds.DocumentStore, ids.IdGenerator, ids.Clock],
      )
      .inSingletonScope();
    bind(lifecycleIds.NotifyNocIssued)
      .toResolvedValue((unitOfWork: LifecycleUnitOfWork, sender: MessageSender, clock: Clock) => new NotifyNocIssued({ unitOfWork, sender, clock }), [lifecycleIds.UnitOfWork, ids.MessageSender, ids.Clock])
      .inSingletonScope();
    bind(lifecycleIds.UseCases)
      .toResolvedValue(
        (unitOfWork: LifecycleUnitOfWork, idGen: IdGenerator, clock: Clock, renderer: DocumentRenderer, store: DocumentStore, esign: ESignProvider): LifecycleUseCases => {
          const deps = { unitOfWork, ids: idGen, clock };
          return {
            getLoanDetail: new GetLoanDetail({ unitOfWork }),
            saveAppraisal: new SaveAppraisal({ ...deps, policy: DEFAULT_CAM_POLICY }),
            recommendLoan: new RecommendLoan(deps),
            sanctionLoan: new SanctionLoan(deps),
            rejectLoan: new RejectLoan(deps),
            addLoanComment: new AddLoanComment(deps),
            sendAgreement: new SendAgreement({ ...deps, renderer, store, esign, timeZone: config.timeZone, signatureExpiresInDays: SIGNATURE_EXPIRES_IN_DAYS }),
            getCustomerLoanDocuments: new GetCustomerLoanDocuments({ unitOfWork, store, clock, linkTtlSeconds: DOCUMENT_LINK_TTL_SECONDS }),
            cancelLoan: new CancelLoan(deps),
            getAuditTrail: new GetAuditTrail({ unitOfWork }),
          };
        },
        [lifecycleIds.UnitOfWork, ids.IdGenerator, ids.Clock, servicingIds.DocumentRenderer, servicingIds.DocumentStore, servicingIds.ESignProvider],
      )
      .inSingletonScope();
  });
}
