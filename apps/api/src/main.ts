import { serve } from '@hono/node-server';
import { DEMO_PASSWORD, createLogger, decisioningIds, ids, lifecycleIds, parseConfig, seedDemo } from '@los/composition';
import { workerIds } from '@los/worker';
import { buildApiContainer } from './container.js';
import { apiIds } from './service-ids.js';

// The API process. Embedded mode (the default) also runs the worker in this process.
const parsed = parseConfig(process.env);
if (!parsed.ok) {
  console.error(`LOS API: invalid configuration\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
const config = parsed.config;
const logger = createLogger({ level: config.logLevel, name: 'los-api' });
const embedded = config.mode === 'embedded';
const { container, dispose } = await buildApiContainer(config, logger, { withWorker: embedded });

const seed = config.seedDemo
  ? await seedDemo({
      repositories: container.get(ids.Repositories),
      createBrand: container.get(ids.CreateBrand),
      createStaffUser: container.get(ids.CreateStaffUser),
      lifecycle: container.get(lifecycleIds.UnitOfWork),
      blocklist: container.get(decisioningIds.Blocklist),
    })
  : undefined;
const worker = embedded ? container.get(workerIds.WorkerRuntime) : undefined;
await worker?.start();

const app = container.get(apiIds.HttpApp);
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${info.port}`;
  logger.info({ port: info.port, mode: config.mode, database: config.database.kind, bus: config.bus.kind, cache: config.cache.kind }, 'LOS API listening');
  if (!seed) return;
  console.log(
    [
      '',
      `LOS is running (${config.mode} mode, data in ${config.dataDir}).`,
      `  API docs:     ${base}/docs   (OpenAPI: ${base}/openapi.json)`,
      `  Health:       ${base}/health`,
      `  Demo brand:   ${seed.brandId}   first product: ${seed.productId}`,
      `  Staff sign-in: POST ${base}/api/v1/partner/auth/login  {"email": "<user>", "password": "${DEMO_PASSWORD}"}`,
      ...seed.users.map((u) => `      ${u.role.padEnd(21)} ${u.email}`),
      `  Customers:    POST ${base}/api/v1/web/auth/register {"brandId": "${seed.brandId}", "phone": "+919812345678"}`,
      '                the sandbox SMS provider prints the OTP in this log.',
      '',
    ].join('\n'),
  );
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: no new connections, draining requests');
  const force = setTimeout(() => {
    logger.error('shutdown took too long; exiting');
    process.exit(1);
  }, 30_000).unref();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await worker?.stop();
  await dispose();
  clearTimeout(force);
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
