import { type Clock, type IdGenerator, IssueSession, RefreshSession, type RefreshTokenReuse, type RefreshTokenSecrets, type RefreshTokenStore, type Repositories, RevokeSession } from '@los/application';
import type { SessionUseCases } from '@los/adapters-http';
import { PgRefreshTokenStore } from '@los/adapters-postgres';
import { CryptoRefreshTokenSecrets } from '@los/adapters-system';
import { ContainerModule } from 'inversify';
import type { Config } from './config.js';
import type { Database } from './infrastructure.js';
import type { Logger } from './logger.js';
import { ids } from './service-ids.js';

/** The security log line of a reused refresh token: who and which session, never the token. */
export function logRefreshTokenReuse(logger: Logger): (reuse: RefreshTokenReuse) => void {
  return (reuse) =>
    logger.warn(
      {
        component: 'sessions',
        familyId: reuse.familyId,
        tokenId: reuse.tokenId,
        subjectKind: reuse.subject.kind,
        subjectId: reuse.subject.kind === 'customer' ? reuse.subject.customerId : reuse.subject.userId,
        revoked: reuse.revoked,
      },
      'refresh token presented again after it was exchanged: its session is revoked',
    );
}

/** Binds the refresh token store (the process's database), its secrets and the session use cases. */
export function sessionsModule(config: Config): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(ids.RefreshTokenStore)
      .toResolvedValue((database: Database) => new PgRefreshTokenStore(database.db), [ids.Database])
      .inSingletonScope();
    bind(ids.RefreshTokenSecrets).toConstantValue(new CryptoRefreshTokenSecrets());
    bind(ids.SessionUseCases)
      .toResolvedValue(
        (store: RefreshTokenStore, secrets: RefreshTokenSecrets, idGen: IdGenerator, clock: Clock, repositories: Repositories, logger: Logger): SessionUseCases => {
          const deps = { store, secrets, ids: idGen, clock, ttlSeconds: config.refreshTokenTtlSeconds };
          return {
            issueSession: new IssueSession(deps),
            refreshSession: new RefreshSession({ ...deps, repositories, onReuse: logRefreshTokenReuse(logger) }),
            revokeSession: new RevokeSession(deps),
          };
        },
        [ids.RefreshTokenStore, ids.RefreshTokenSecrets, ids.IdGenerator, ids.Clock, ids.Repositories, ids.Logger],
      )
      .inSingletonScope();
  });
}
