import { createLogger, ids, parseConfig } from '@los/composition';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkerContainer } from './container.js';
import { messagingIds, workerIds } from './service-ids.js';
import { WorkerRuntime } from './worker-runtime.js';

const services = ['TEST_DATABASE_URL', 'TEST_AMQP_URL', 'TEST_REDIS_URL'].filter((name) => !process.env[name]);

const modes = [
  { name: 'embedded adapters', env: {} as Record<string, string>, skip: undefined as string | undefined },
  {
    name: 'PostgreSQL, RabbitMQ and Redis',
    env: {
      DATABASE_URL: process.env['TEST_DATABASE_URL'] ?? '',
      AMQP_URL: process.env['TEST_AMQP_URL'] ?? '',
      REDIS_URL: process.env['TEST_REDIS_URL'] ?? '',
      LOS_NAMESPACE: 'worker_composition_test',
    },
    skip: services.length > 0 ? `${services.join(', ')} not set` : undefined,
  },
];

for (const mode of modes) {
  describe.skipIf(mode.skip !== undefined)(`worker container — ${mode.name}${mode.skip ? ` (skipped: ${mode.skip})` : ''}`, () => {
    it('builds, resolves every entry point, starts and stops', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'los-worker-'));
      try {
        const parsed = parseConfig({ LOG_LEVEL: 'silent', BCRYPT_COST: '4', LOS_DATA_DIR: dir, JOB_TICK_MS: '600000', ...mode.env });
        if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
        const { container, dispose } = await buildWorkerContainer(parsed.config, createLogger({ level: 'silent', name: 'test' }));
        try {
          for (const [name, id] of Object.entries(ids)) if (id !== ids.Subscription) expect(container.get(id as symbol), name).toBeDefined();
          expect(container.getAll(ids.Subscription).map((s) => s.consumer)).toEqual(expect.arrayContaining(['loan-screening', 'loan-noc', 'loan-noc-sms', 'loan-repayment']));
          const runtime = container.get(workerIds.WorkerRuntime);
          expect(runtime).toBeInstanceOf(WorkerRuntime);
          await runtime.start();
          expect(await runtime.relayOnce()).toBe(0);
          // The scheduler leads (the only worker); the jobs have run, in this start or an earlier one on the same database.
          const tick = await container.get(workerIds.JobScheduler).tickOnce();
          expect(tick.leader).toBe(true);
          const runs = await container.get(messagingIds.JobRunStore).list({ limit: 50 });
          expect(runs.map((r) => r.job)).toEqual(expect.arrayContaining(['outbox-pruning', 'reminder-dispatch']));
          const scraped = await container.get(workerIds.MetricsCollector).scrape();
          expect(scraped).toContain('los_dependency_up{dependency="database"} 1');
          expect(scraped).toContain('los_scheduler_leader 1');
          expect(scraped).toMatch(/los_queue_depth\{consumer="loan-screening"\} \d+/);
          await runtime.stop();
          const bus = container.get(ids.EventBus) as { deleteTopology?: () => Promise<void> };
          await bus.deleteTopology?.();
        } finally {
          await dispose();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
