import { createLogger, parseConfig } from '@los/composition';
import { buildWorkerContainer } from './container.js';
import { workerIds } from './service-ids.js';
import { serveWorkerEndpoints } from './worker-endpoints.js';

// The worker process (production: run beside the API; embedded mode runs it inside the API process).
const parsed = parseConfig(process.env);
if (!parsed.ok) {
  console.error(`LOS worker: invalid configuration\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
const config = parsed.config;
const logger = createLogger({ level: config.logLevel, name: 'los-worker' });
const { container, dispose } = await buildWorkerContainer(config, logger);
const runtime = container.get(workerIds.WorkerRuntime);
await runtime.start();
const endpoints =
  config.metricsPort === undefined ? undefined : await serveWorkerEndpoints({ port: config.metricsPort, host: config.host, collector: container.get(workerIds.MetricsCollector) });
if (endpoints) logger.info({ port: config.metricsPort }, 'worker /metrics and /health listening');

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => {
    logger.error('shutdown took too long; exiting');
    process.exit(1);
  }, 30_000).unref();
  endpoints?.close();
  await runtime.stop();
  await dispose();
  clearTimeout(force);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
