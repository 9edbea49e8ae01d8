import { connectInfrastructure, createLogger, parseConfig } from '@los/composition';

// `pnpm migrate`: brings the configured database (PostgreSQL via DATABASE_URL, or the embedded PGlite
// folder) to the latest schema, then exits.
const parsed = parseConfig(process.env);
if (!parsed.ok) {
  console.error(`LOS migrate: invalid configuration\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
const logger = createLogger({ level: parsed.config.logLevel, name: 'los-migrate' });
const infra = await connectInfrastructure(parsed.config, logger, { migrate: true });
await infra.close();
logger.info({ database: parsed.config.database.kind }, 'migrations complete');
