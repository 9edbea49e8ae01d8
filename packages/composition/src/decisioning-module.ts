import {
  ActivateRuleSet,
  AllocateUnassignedLoans,
  CheckRuleSetVersion,
  type Clock,
  DecideApplication,
  DraftRuleSet,
  DryRunRuleSet,
  type FactSources,
  GetLoanDecision,
  GetRuleSetVersion,
  type IdGenerator,
  type KycVerifier,
  ListRuleSets,
  ListStaffUnavailability,
  type Repositories,
  SetStaffUnavailability,
  SetBrandClosedDates,
  ListBrandClosedDates,
  StoredRuleSetCompiler,
  type UnitOfWork,
  ValidateRuleSet,
} from '@los/application';
import type { DecisioningUseCases } from '@los/adapters-http';
import { SandboxBankStatementAnalyzer, SandboxBlocklist, SandboxCreditBureau } from '@los/adapters-providers';
import { ContainerModule, type ServiceIdentifier } from 'inversify';
import type { Config } from './config.js';
import { ids } from './service-ids.js';
import { servicingIds } from './servicing-module.js';

const id = <T>(name: string) => Symbol.for(`los.decisioning.${name}`) as ServiceIdentifier<T>;

/** The bindings of decisioning: fact providers, the `loan.applied` decider and the staff use cases. */
export const decisioningIds = {
  FactSources: id<FactSources>('FactSources'),
  RuleSetCompiler: id<StoredRuleSetCompiler>('RuleSetCompiler'),
  DecideApplication: id<DecideApplication>('DecideApplication'),
  /** The staff use cases, grouped as `createHttpApp` takes them. */
  UseCases: id<DecisioningUseCases>('UseCases'),
} as const;

/**
 * Binds decisioning. Facts come from the sandbox bureau, bank statement analyser and blocklist (no real
 * provider account exists for them yet), deterministic from documented PAN patterns, and from the PAN
 * verification of the configured KYC provider (its sandbox unless credentials are set).
 */
export function decisioningModule(config: Config): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(decisioningIds.FactSources)
      .toResolvedValue(
        (kyc: KycVerifier): FactSources => ({ bureau: new SandboxCreditBureau(), bankStatements: new SandboxBankStatementAnalyzer(), blocklist: new SandboxBlocklist(), pan: kyc.pan }),
        [servicingIds.KycVerifier],
      )
      .inSingletonScope();
    bind(decisioningIds.RuleSetCompiler).toConstantValue(new StoredRuleSetCompiler());
    bind(decisioningIds.DecideApplication)
      .toResolvedValue(
        (repositories: Repositories, unitOfWork: UnitOfWork, sources: FactSources, idGen: IdGenerator, clock: Clock, compiler: StoredRuleSetCompiler) =>
          new DecideApplication({ repositories, unitOfWork, sources, ids: idGen, clock, timeZone: config.timeZone, compiler }),
        [ids.Repositories, ids.UnitOfWork, decisioningIds.FactSources, ids.IdGenerator, ids.Clock, decisioningIds.RuleSetCompiler],
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
        }),
        [ids.Repositories, ids.UnitOfWork, decisioningIds.FactSources, ids.Clock, ids.IdGenerator],
      )
      .inSingletonScope();
  });
}
