import {
  type AadhaarReferences,
  type LifecycleUnitOfWork,
  ActivateRuleSet,
  type BankStatementProvider,
  type BankStatementStore,
  ListBankStatements,
  RefreshBankStatements,
  StoredBankStatementAnalyzer,
  UploadBankStatement,
  AddBlocklistEntry,
  AllocateOverdueLoans,
  AllocateUnassignedLoans,
  type BlocklistStore,
  CheckRuleSetVersion,
  type Clock,
  type CreditBureau,
  DecideApplication,
  DraftRuleSet,
  DryRunRuleSet,
  type FactSources,
  GetLoanDecision,
  GetRuleSetVersion,
  type IdGenerator,
  type KycVerifier,
  ListBlocklistEntries,
  ListRuleSets,
  ListMyCollectionLoans,
  ListStaffUnavailability,
  RemoveBlocklistEntry,
  ReplayRuleSetVersion,
  type Repositories,
  SetCollectionProfile,
  SetStaffUnavailability,
  SetBrandClosedDates,
  ListBrandClosedDates,
  StoredRuleSetCompiler,
  type UnitOfWork,
  ValidateRuleSet,
} from '@los/application';
import type { BankStatementUseCases, BlocklistUseCases, DecisioningUseCases } from '@los/adapters-http';
import { PgBankStatementStore, PgBlocklist, PgCustomerKycRepository } from '@los/adapters-postgres';
import { FinboxBankStatementProvider, type ProviderExchange, SandboxBankStatementProvider, SandboxCreditBureau, SurepassCreditBureau } from '@los/adapters-providers';
import { createHash } from 'node:crypto';
import { ContainerModule, type ContainerModuleLoadOptions, type ServiceIdentifier } from 'inversify';
import type { Config } from './config.js';
import type { Database } from './infrastructure.js';
import type { Logger } from './logger.js';
import { lifecycleIds } from './lifecycle-module.js';
import { ids } from './service-ids.js';
import { servicingIds } from './servicing-module.js';

const id = <T>(name: string) => Symbol.for(`los.decisioning.${name}`) as ServiceIdentifier<T>;

/** The bindings of decisioning: fact providers, the `loan.applied` decider and the staff use cases. */
export const decisioningIds = {
  FactSources: id<FactSources>('FactSources'),
  /** The brands' blocklists in the database (PGlite in embedded mode), read by decisions and kept by staff. */
  Blocklist: id<BlocklistStore>('Blocklist'),
  /** The blocklist's staff use cases, grouped as `createHttpApp` takes them. */
  BlocklistUseCases: id<BlocklistUseCases>('BlocklistUseCases'),
  RuleSetCompiler: id<StoredRuleSetCompiler>('RuleSetCompiler'),
  DecideApplication: id<DecideApplication>('DecideApplication'),
  /** The staff use cases, grouped as `createHttpApp` takes them. */
  UseCases: id<DecisioningUseCases>('UseCases'),
  /** FinBox BankConnect when FINBOX_API_KEY is set, else its sandbox. */
  BankStatementProvider: id<BankStatementProvider>('BankStatementProvider'),
  /** The statements customers shared and their analyses, in the database. */
  BankStatementStore: id<BankStatementStore>('BankStatementStore'),
  /** The bank statement refresh job (the worker schedules it). */
  RefreshBankStatements: id<RefreshBankStatements>('RefreshBankStatements'),
  /** Upload and list, grouped as `createHttpApp` takes them. */
  BankStatementUseCases: id<BankStatementUseCases>('BankStatementUseCases'),
} as const;

/**
 * Binds decisioning. Facts come from the credit bureau (Experian through Surepass when
 * SUREPASS_BUREAU_TOKEN is set, else the sandbox bureau); the latest bank statement the customer shared
 * that its provider analysed (FinBox BankConnect when FINBOX_API_KEY is set, else its sandbox); the brand's blocklist
 * in the database, kept by its staff; and the PAN verification of the configured KYC provider (its
 * sandbox unless credentials are set).
 */
export function decisioningModule(config: Config): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(decisioningIds.Blocklist)
      .toResolvedValue((database: Database) => new PgBlocklist(database.db), [ids.Database])
      .inSingletonScope();
    bindBankStatements(bind, config);
    bind(decisioningIds.FactSources)
      .toResolvedValue(
        (kyc: KycVerifier, blocklist: BlocklistStore, logger: Logger, database: Database): FactSources => ({
          bureau: creditBureau(config, logger),
          bankStatements: new StoredBankStatementAnalyzer(new PgBankStatementStore(database.db)),
          blocklist,
          pan: kyc.pan,
          kycRecords: new PgCustomerKycRepository(database.db),
        }),
        [servicingIds.KycVerifier, decisioningIds.Blocklist, ids.Logger, ids.Database],
      )
      .inSingletonScope();
    bind(decisioningIds.BlocklistUseCases)
      .toResolvedValue(
        (repositories: Repositories, blocklist: BlocklistStore, idGen: IdGenerator, clock: Clock, aadhaarReferences: AadhaarReferences): BlocklistUseCases => {
          const deps = { repositories, blocklist, ids: idGen, clock, aadhaarReferences };
          return { listBlocklistEntries: new ListBlocklistEntries(deps), addBlocklistEntry: new AddBlocklistEntry(deps), removeBlocklistEntry: new RemoveBlocklistEntry(deps) };
        },
        [ids.Repositories, decisioningIds.Blocklist, ids.IdGenerator, ids.Clock, ids.AadhaarReferences],
      )
      .inSingletonScope();
    bind(decisioningIds.RuleSetCompiler).toConstantValue(new StoredRuleSetCompiler());
    bind(decisioningIds.DecideApplication)
      .toResolvedValue(
        (repositories: Repositories, unitOfWork: LifecycleUnitOfWork, sources: FactSources, idGen: IdGenerator, clock: Clock, compiler: StoredRuleSetCompiler) =>
          new DecideApplication({ repositories, unitOfWork, sources, ids: idGen, clock, timeZone: config.timeZone, compiler }),
        [ids.Repositories, lifecycleIds.UnitOfWork, decisioningIds.FactSources, ids.IdGenerator, ids.Clock, decisioningIds.RuleSetCompiler],
      )
      .inSingletonScope();
    bind(decisioningIds.UseCases)
      .toResolvedValue(
        (repositories: Repositories, unitOfWork: UnitOfWork, sources: FactSources, clock: Clock, idGen: IdGenerator, lifecycle: LifecycleUnitOfWork): DecisioningUseCases => ({
          listRuleSets: new ListRuleSets({ repositories }),
          getRuleSetVersion: new GetRuleSetVersion({ repositories }),
          draftRuleSet: new DraftRuleSet({ unitOfWork, clock }),
          validateRuleSet: new ValidateRuleSet({ repositories }),
          checkRuleSetVersion: new CheckRuleSetVersion({ repositories, unitOfWork, clock, timeZone: config.timeZone }),
          dryRunRuleSet: new DryRunRuleSet({ repositories, sources, clock, timeZone: config.timeZone }),
          replayRuleSetVersion: new ReplayRuleSetVersion({ repositories }),
          activateRuleSet: new ActivateRuleSet({ unitOfWork }),
          getLoanDecision: new GetLoanDecision({ repositories }),
          setStaffUnavailability: new SetStaffUnavailability({ unitOfWork }),
          listStaffUnavailability: new ListStaffUnavailability({ repositories }),
          setBrandClosedDates: new SetBrandClosedDates({ unitOfWork }),
          listBrandClosedDates: new ListBrandClosedDates({ repositories }),
          // Allocations run under the lifecycle unit of work, so each assignment is audited with the staff who ran it.
          allocateUnassignedLoans: new AllocateUnassignedLoans({ unitOfWork: lifecycle, ids: idGen, clock, timeZone: config.timeZone }),
          collections: {
            setCollectionProfile: new SetCollectionProfile({ unitOfWork, clock }),
            listMyCollectionLoans: new ListMyCollectionLoans({ unitOfWork }),
            allocateOverdueLoans: new AllocateOverdueLoans({ unitOfWork: lifecycle, ids: idGen, clock, timeZone: config.timeZone }),
          },
        }),
        [ids.Repositories, ids.UnitOfWork, decisioningIds.FactSources, ids.Clock, ids.IdGenerator, lifecycleIds.UnitOfWork],
      )
      .inSingletonScope();
  });
}

/** The real bureau where its credential is configured, the sandbox elsewhere. */
function creditBureau(config: Config, logger: Logger): CreditBureau {
  const account = config.providers.surepassBureau;
  if (!account) return new SandboxCreditBureau();
  // Every real exchange goes to the log, redacted by the adapter, as the provider audit trail.
  const audit = (exchange: ProviderExchange) => logger.info({ component: 'provider', ...exchange }, `${exchange.provider} ${exchange.method} ${exchange.path} ${exchange.status}`);
  return new SurepassCreditBureau({ token: account.token, ...(account.baseUrl ? { baseUrl: account.baseUrl } : {}), audit });
}

/** The bank statement provider, store, refresh job and the customer's use cases. */
function bindBankStatements(bind: ContainerModuleLoadOptions['bind'], config: Config): void {
  bind(decisioningIds.BankStatementStore)
    .toResolvedValue((database: Database) => new PgBankStatementStore(database.db), [ids.Database])
    .inSingletonScope();
  bind(decisioningIds.BankStatementProvider)
    .toResolvedValue((clock: Clock, logger: Logger) => bankStatementProvider(config, clock, logger), [ids.Clock, ids.Logger])
    .inSingletonScope();
  bind(decisioningIds.RefreshBankStatements)
    .toResolvedValue(
      (store: BankStatementStore, provider: BankStatementProvider, clock: Clock) => new RefreshBankStatements({ store, providers: [provider], clock }),
      [decisioningIds.BankStatementStore, decisioningIds.BankStatementProvider, ids.Clock],
    )
    .inSingletonScope();
  bind(decisioningIds.BankStatementUseCases)
    .toResolvedValue(
      (repositories: Repositories, store: BankStatementStore, provider: BankStatementProvider, clock: Clock, idGen: IdGenerator): BankStatementUseCases => ({
        uploadBankStatement: new UploadBankStatement({ customers: repositories.customers, store, provider, clock, ids: idGen, sha256: (bytes) => createHash('sha256').update(bytes).digest('hex') }),
        listBankStatements: new ListBankStatements({ repositories, store, clock, timeZone: config.timeZone }),
      }),
      [ids.Repositories, decisioningIds.BankStatementStore, decisioningIds.BankStatementProvider, ids.Clock, ids.IdGenerator],
    )
    .inSingletonScope();
}

/** FinBox BankConnect where its credentials are configured, its sandbox elsewhere. */
function bankStatementProvider(config: Config, clock: Clock, logger: Logger): BankStatementProvider {
  const account = config.providers.finbox;
  if (!account) return new SandboxBankStatementProvider({ clock, timeZone: config.timeZone });
  // Every real exchange goes to the log, redacted by the adapter, as the provider audit trail.
  const audit = (exchange: ProviderExchange) => logger.info({ component: 'provider', ...exchange }, `${exchange.provider} ${exchange.method} ${exchange.path} ${exchange.status}`);
  return new FinboxBankStatementProvider({ apiKey: account.apiKey, serverHash: account.serverHash, ...(account.baseUrl ? { baseUrl: account.baseUrl } : {}), audit });
}
