import { mkdirSync } from 'node:fs';
import type { Cache, EventBus, MessageSender, OutboxStore, Repositories, UnitOfWork } from '@los/application';
import { AmqpEventBus, type BusLogger, InProcessEventBus } from '@los/adapters-messaging';
import { type Database as PgDatabase, PgOutboxStore, PgUnitOfWork, createDatabase, createPgRepositories, migrateToLatest } from '@los/adapters-postgres';
import { SandboxMessageSender, TwilioMessageSender } from '@los/adapters-providers';
import { InMemoryCache, RedisCache } from '@los/adapters-redis';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

export type Database = PgDatabase;

/** The connected outside world of one process: database, bus, cache and providers. */
export interface Infrastructure {
  readonly database: Database;
  readonly repositories: Repositories;
  readonly unitOfWork: UnitOfWork;
  readonly outboxStore: OutboxStore;
  readonly bus: EventBus;
  readonly cache: Cache;
  readonly sender: MessageSender;
  /** Present in sandbox mode: what the simulated SMS provider "sent". */
  readonly sandboxSender: SandboxMessageSender | undefined;
  close(): Promise<void>;
}

function busLogger(logger: Logger): BusLogger {
  return (level, message, data) => logger[level]({ ...data, component: 'bus' }, message);
}

/** Masks all but the last four digits of a phone number for logs. */
function maskPhone(phone: string): string {
  return phone.length <= 4 ? '****' : `${'*'.repeat(phone.length - 4)}${phone.slice(-4)}`;
}

/**
 * Connects what the configuration names, runs the migrations (one code path for PGlite and PostgreSQL),
 * and returns the adapters. Everything connected is closed by `close()` in reverse order.
 */
export async function connectInfrastructure(config: Config, logger: Logger, options: { readonly migrate: boolean } = { migrate: true }): Promise<Infrastructure> {
  if (config.database.kind === 'pglite') mkdirSync(config.database.dataDir, { recursive: true });
  const database = await createDatabase(config.database.kind === 'pglite' ? { kind: 'pglite', dataDir: config.database.dataDir } : { kind: 'postgres', url: config.database.url, poolSize: config.database.poolSize });
  try {
    if (options.migrate) {
      const { applied } = await migrateToLatest(database.db);
      if (applied.length > 0) logger.info({ applied }, 'database migrated');
    }
    const bus: EventBus =
      config.bus.kind === 'amqp'
        ? new AmqpEventBus({ url: config.bus.url, exchange: `${config.namespace}.events`, queuePrefix: config.namespace, maxAttempts: config.retry.maxAttempts, baseDelayMs: config.retry.baseDelayMs, logger: busLogger(logger) })
        : new InProcessEventBus({ maxAttempts: config.retry.maxAttempts, baseDelayMs: config.retry.baseDelayMs, logger: busLogger(logger) });
    const cache: Cache = config.cache.kind === 'redis' ? new RedisCache({ url: config.cache.url, keyPrefix: `${config.namespace}:` }) : new InMemoryCache();
    const sandboxSender =
      config.sms.kind === 'sandbox'
        ? new SandboxMessageSender({ onSend: (d) => logger.info({ component: 'sandbox-sms', channel: d.message.channel }, `sandbox ${d.message.channel} to ${maskPhone(d.message.to)}: ${d.text}`) })
        : undefined;
    const sender: MessageSender =
      config.sms.kind === 'twilio' ? new TwilioMessageSender({ accountSid: config.sms.accountSid, authToken: config.sms.authToken, from: config.sms.from }) : sandboxSender!;
    return {
      database,
      repositories: createPgRepositories(database.db),
      unitOfWork: new PgUnitOfWork(database.db),
      outboxStore: new PgOutboxStore(database.db),
      bus,
      cache,
      sender,
      sandboxSender,
      async close() {
        await bus.close().catch((error: unknown) => logger.warn({ err: error }, 'closing the bus failed'));
        await cache.close().catch((error: unknown) => logger.warn({ err: error }, 'closing the cache failed'));
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
