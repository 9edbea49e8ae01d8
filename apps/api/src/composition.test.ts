import { createLogger, ids, loanServicingIds, parseConfig } from '@los/composition';
import { workerIds } from '@los/worker';
import { afterAll, describe, expect, it } from 'vitest';
import { testEnvironments } from '../test/test-environments.js';
import { buildApiContainer } from './container.js';
import { apiIds } from './service-ids.js';

for (const environment of testEnvironments) {
  describe.skipIf(environment.skip !== undefined)(`API container — ${environment.name}${environment.skip ? ` (skipped: ${environment.skip})` : ''}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    it('builds and resolves every entry point', async () => {
      const { env, cleanup } = await environment.create();
      cleanups.push(cleanup);
      const parsed = parseConfig(env);
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      const { container, dispose } = await buildApiContainer(parsed.config, createLogger({ level: 'silent', name: 'test' }), { withWorker: true });
      cleanups.push(dispose);
      for (const [name, id] of [...Object.entries(ids), ...Object.entries(apiIds), ...Object.entries(workerIds), ...Object.entries(loanServicingIds)]) {
        if (id === ids.Subscription) continue;
        expect(container.get(id as symbol), name).toBeDefined();
      }
      expect(container.getAll(ids.Subscription).map((s) => s.consumer)).toEqual(expect.arrayContaining(['loan-screening', 'loan-repayment']));
      const runtime = container.get(workerIds.WorkerRuntime);
      await runtime.start();
      const health = await container.get(apiIds.HttpApp).request('/health');
      expect(health.status).toBe(200);
      await runtime.stop();
      await (container.get(ids.EventBus) as { deleteTopology?: () => Promise<void> }).deleteTopology?.();
    });
  });
}
