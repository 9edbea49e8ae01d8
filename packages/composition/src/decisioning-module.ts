import {
  type AadhaarReferences,
  type LifecycleUnitOfWork,
  ActivateRuleSet,
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
  type Repositories,
  SetCollectionProfile,
  SetStaffUnavailability,
  SetBrandClosedDates,
  ListBrandClosedDates,
  StoredRuleSetCompiler,
  type UnitOfWork,
  ValidateRuleSet,
} from '@los/application';
import type { BlocklistUseCases, DecisioningUseCases } from '@los/adapters-http';
import { PgBlocklist, PgCustomerKycRepository } from '@los/adapters-postgres';
import { type ProviderExchange, SandboxBankStatementAnalyzer, SandboxCreditBureau, SurepassCreditBureau } from '@los/adapters-providers';
import { ContainerModule, type ServiceIdentifier } from 'inversify';
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
} as const;

/**
 * Binds decisioning. Facts come from the credit bureau (Experian through Surepass when
 * SUREPASS_BUREAU_TOKEN is set, else the sandbox bureau); the sandbox bank statement analyser (no real
 * provider account exists for it yet), deterministic from documented PAN patterns; the brand's blocklist
 * in the database, kept by its staff; and the PAN verification of the configured KYC provider (its
 * sandbox unless credentials are set).
 */
export function decisioningModule(config: Config): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(decisioningIds.Blocklist)
      .toResolvedValue((database: Database) => new PgBlocklist(database.db), [ids.Database])
      .inSingletonScope();
    bind(decisioningIds.FactSources)
      .toResolvedValue(
        (kyc: KycVerifier, blocklist: BlocklistStore, logger: Logger, database: Database): FactSources => ({
          bureau: creditBureau(config, logger),
          bankStatements: new SandboxBankStatementAnalyzer(),
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
        (repositories: Repositories, unitOfWork: UnitOfWork, sources: FactSources, clock: Clock, idGen: IdGenerator): DecisioningUseCases => ({
          listRuleSets: new ListRuleSets({ repositories }),
          getRuleSetVersion: new GetRuleSetVersion({ repositories }),
          draftRuleSet: new DraftRuleSet({ unitOfWork, clock }),
          validateRuleSet: new ValidateRuleSet({ repositories }),
          checkRuleSetVersion: new CheckRuleSetVersion({ repositories, unitOfWork, clock, timeZone: config.timeZone }),
          dryRunRuleSet: new DryRunRuleSet({ repositories, sources, clock, timeZone: config.timeZone }),
          activateRuleSet: new ActivateRuleSet({ unitOfWork }),
          getLoanDecision: new GetLoanDecision({ repositories }),
          setStaffUnavailability: new SetStaffUnavailability({ unitOfWork }),
          listStaffUnavailability: new ListStaffUnavailability({ repositories }),
          setBrandClosedDates: new SetBrandClosedDates({ unitOfWork }),
          listBrandClosedDates: new ListBrandClosedDates({ repositories }),
          allocateUnassignedLoans: new AllocateUnassignedLoans({ unitOfWork, ids: idGen, clock, timeZone: config.timeZone }),
          collections: {
            setCollectionProfile: new SetCollectionProfile({ unitOfWork, clock }),
            listMyCollectionLoans: new ListMyCollectionLoans({ unitOfWork }),
            allocateOverdueLoans: new AllocateOverdueLoans({ unitOfWork, ids: idGen, clock, timeZone: config.timeZone }),
          },
        }),
        [ids.Repositories, ids.UnitOfWork, decisioningIds.FactSources, ids.Clock, ids.IdGenerator],
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
