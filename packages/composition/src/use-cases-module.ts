import {
  type Clock,
  ApplyForLoan,
  CachingProductCatalog,
  AuthenticateStaff,
  CreateBrand,
  CreateStaffUser,
  DEFAULT_OTP_POLICY,
  GetCustomerLoan,
  ListBrandLoans,
  ListProducts,
  QuoteLoan,
  RelayOutbox,
  RequestOtp,
  VerifyOtp,
} from '@los/application';
import { JwtTokenService } from '@los/adapters-http';
import { BcryptPasswordHasher, CryptoOtpGenerator, HmacAadhaarReferences, HmacSecretHasher, SystemClock, UuidV7Generator } from '@los/adapters-system';
import { ContainerModule } from 'inversify';
import type { Config } from './config.js';
import type { Infrastructure } from './infrastructure.js';
import type { Logger } from './logger.js';
import { ids } from './service-ids.js';

/** The secrets a process runs with (from the environment, or generated and kept in the data folder when embedded). */
export interface Secrets {
  readonly jwtSecret: string;
  readonly otpHashKey: string;
  readonly aadhaarRefKey: string;
}

/** Binds connected infrastructure; closing the container closes it. */
export function infrastructureModule(config: Config, logger: Logger, infra: Infrastructure): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(ids.Config).toConstantValue(config);
    bind(ids.Logger).toConstantValue(logger);
    bind(ids.Database).toConstantValue(infra.database).onDeactivation(() => infra.close());
    bind(ids.Repositories).toConstantValue(infra.repositories);
    bind(ids.UnitOfWork).toConstantValue(infra.unitOfWork);
    bind(ids.OutboxStore).toConstantValue(infra.outboxStore);
    bind(ids.EventBus).toConstantValue(infra.bus);
    bind(ids.Cache).toConstantValue(infra.cache);
    bind(ids.MessageSender).toConstantValue(infra.sender);
  });
}

/** Binds the runtime adapters (clock, ids, hashing) and every use case, wired from ports without decorators. */
export function useCasesModule(config: Config, secrets: Secrets, clock: Clock = new SystemClock()): ContainerModule {
  return new ContainerModule(({ bind }) => {
    // An embedding service (or a test travelling in time) may bring its own clock.
    bind(ids.Clock).toConstantValue(clock);
    bind(ids.IdGenerator).toConstantValue(new UuidV7Generator());
    bind(ids.OtpGenerator).toConstantValue(new CryptoOtpGenerator());
    bind(ids.SecretHasher).toConstantValue(new HmacSecretHasher(secrets.otpHashKey));
    bind(ids.AadhaarReferences).toConstantValue(new HmacAadhaarReferences(secrets.aadhaarRefKey));
    bind(ids.PasswordHasher).toConstantValue(new BcryptPasswordHasher(config.bcryptCost));
    bind(ids.OtpPolicy).toConstantValue(DEFAULT_OTP_POLICY);
    bind(ids.TokenService).toConstantValue(new JwtTokenService({ secret: secrets.jwtSecret, accessTtlSeconds: config.accessTokenTtlSeconds }));

    // Products change rarely and are read on every application; 30 s of staleness is caught by screening.
    bind(ids.ProductCatalog)
      .toResolvedValue((repositories, clock) => new CachingProductCatalog({ brands: repositories.brands, clock, ttlMs: 30_000 }), [ids.Repositories, ids.Clock])
      .inSingletonScope();
    bind(ids.CreateBrand)
      .toResolvedValue((unitOfWork, idGen, clock) => new CreateBrand({ unitOfWork, ids: idGen, clock }), [ids.UnitOfWork, ids.IdGenerator, ids.Clock])
      .inSingletonScope();
    bind(ids.ListProducts)
      .toResolvedValue((repositories) => new ListProducts({ repositories }), [ids.Repositories])
      .inSingletonScope();
    bind(ids.CreateStaffUser)
      .toResolvedValue((unitOfWork, idGen, clock, passwords) => new CreateStaffUser({ unitOfWork, ids: idGen, clock, passwords }), [ids.UnitOfWork, ids.IdGenerator, ids.Clock, ids.PasswordHasher])
      .inSingletonScope();
    bind(ids.AuthenticateStaff)
      .toResolvedValue((repositories, passwords) => new AuthenticateStaff({ repositories, passwords }), [ids.Repositories, ids.PasswordHasher])
      .inSingletonScope();
    bind(ids.RequestOtp)
      .toResolvedValue(
        (repositories, cache, otps, hasher, sender, policy) => new RequestOtp({ repositories, cache, otps, hasher, sender, policy }),
        [ids.Repositories, ids.Cache, ids.OtpGenerator, ids.SecretHasher, ids.MessageSender, ids.OtpPolicy],
      )
      .inSingletonScope();
    bind(ids.VerifyOtp)
      .toResolvedValue(
        (unitOfWork, cache, hasher, idGen, clock, policy) => new VerifyOtp({ unitOfWork, cache, hasher, ids: idGen, clock, policy }),
        [ids.UnitOfWork, ids.Cache, ids.SecretHasher, ids.IdGenerator, ids.Clock, ids.OtpPolicy],
      )
      .inSingletonScope();
    bind(ids.ApplyForLoan)
      .toResolvedValue(
        (unitOfWork, idGen, clock, products, aadhaarReferences) => new ApplyForLoan({ unitOfWork, ids: idGen, clock, products, aadhaarReferences }),
        [ids.UnitOfWork, ids.IdGenerator, ids.Clock, ids.ProductCatalog, ids.AadhaarReferences],
      )
      .inSingletonScope();
    bind(ids.GetCustomerLoan)
      .toResolvedValue((repositories) => new GetCustomerLoan({ repositories }), [ids.Repositories])
      .inSingletonScope();
    bind(ids.ListBrandLoans)
      .toResolvedValue((repositories) => new ListBrandLoans({ repositories }), [ids.Repositories])
      .inSingletonScope();
    bind(ids.QuoteLoan)
      .toResolvedValue((repositories, clock) => new QuoteLoan({ repositories, clock, timeZone: config.timeZone }), [ids.Repositories, ids.Clock])
      .inSingletonScope();
    bind(ids.RelayOutbox)
      .toResolvedValue((outboxStore, publisher) => new RelayOutbox({ outboxStore, publisher }), [ids.OutboxStore, ids.EventBus])
      .inSingletonScope();
  });
}
