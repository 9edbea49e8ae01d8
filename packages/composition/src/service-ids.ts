import type {
  AadhaarReferences,
  ApplyForLoan,
  AuthenticateStaff,
  Cache,
  Clock,
  CreateBrand,
  CreateStaffUser,
  EventBus,
  GetCustomerLoan,
  IdGenerator,
  ListBrandLoans,
  ListProducts,
  MessageSender,
  OtpGenerator,
  OtpPolicy,
  OutboxStore,
  PasswordHasher,
  ProductCatalog,
  QuoteLoan,
  RefreshTokenSecrets,
  RefreshTokenStore,
  RelayOutbox,
  Repositories,
  RequestOtp,
  SecretHasher,
  Subscription,
  UnitOfWork,
  VerifyOtp,
} from '@los/application';
import type { JwtTokenService, SessionUseCases } from '@los/adapters-http';
import type { ServiceIdentifier } from 'inversify';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Database } from './infrastructure.js';

const id = <T>(name: string) => Symbol.for(`los.${name}`) as ServiceIdentifier<T>;

/** Every binding of the API and worker containers. */
export const ids = {
  Config: id<Config>('Config'),
  Logger: id<Logger>('Logger'),
  Database: id<Database>('Database'),
  Repositories: id<Repositories>('Repositories'),
  UnitOfWork: id<UnitOfWork>('UnitOfWork'),
  OutboxStore: id<OutboxStore>('OutboxStore'),
  EventBus: id<EventBus>('EventBus'),
  Cache: id<Cache>('Cache'),
  MessageSender: id<MessageSender>('MessageSender'),
  Clock: id<Clock>('Clock'),
  IdGenerator: id<IdGenerator>('IdGenerator'),
  OtpGenerator: id<OtpGenerator>('OtpGenerator'),
  SecretHasher: id<SecretHasher>('SecretHasher'),
  /** Aadhaar numbers' keyed references (AADHAAR_REF_KEY, or a key kept in the data folder when embedded). */
  AadhaarReferences: id<AadhaarReferences>('AadhaarReferences'),
  PasswordHasher: id<PasswordHasher>('PasswordHasher'),
  OtpPolicy: id<OtpPolicy>('OtpPolicy'),
  ProductCatalog: id<ProductCatalog>('ProductCatalog'),
  TokenService: id<JwtTokenService>('TokenService'),
  CreateBrand: id<CreateBrand>('CreateBrand'),
  ListProducts: id<ListProducts>('ListProducts'),
  CreateStaffUser: id<CreateStaffUser>('CreateStaffUser'),
  AuthenticateStaff: id<AuthenticateStaff>('AuthenticateStaff'),
  RequestOtp: id<RequestOtp>('RequestOtp'),
  VerifyOtp: id<VerifyOtp>('VerifyOtp'),
  ApplyForLoan: id<ApplyForLoan>('ApplyForLoan'),
  GetCustomerLoan: id<GetCustomerLoan>('GetCustomerLoan'),
  ListBrandLoans: id<ListBrandLoans>('ListBrandLoans'),
  QuoteLoan: id<QuoteLoan>('QuoteLoan'),
  RelayOutbox: id<RelayOutbox>('RelayOutbox'),
  /** Refresh tokens by hash (PostgreSQL or PGlite). */
  RefreshTokenStore: id<RefreshTokenStore>('RefreshTokenStore'),
  RefreshTokenSecrets: id<RefreshTokenSecrets>('RefreshTokenSecrets'),
  /** Issue at sign-in, refresh (rotation, reuse revokes the family, logged at warn) and logout, as `createHttpApp` takes them. */
  SessionUseCases: id<SessionUseCases>('SessionUseCases'),
  /** Multi-bound: every consumer the worker runs. */
  Subscription: id<Subscription>('Subscription'),
} as const;
