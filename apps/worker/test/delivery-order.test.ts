import { afterEach, describe, expect, it } from 'vitest';
import { type Pipeline, expectOncePerEventInOrder, startPipeline, stepEvent } from './pipeline.js';
import { AMQP_URL, namespace, servicesSkipReason, throwawayDatabase } from './services.js';

const modes = [
  { name: 'embedded (PGlite, in-process bus)', skip: undefined, env: async () => ({ env: {}, drop: async () => undefined }) },
  {
    name: 'PostgreSQL and RabbitMQ',
    skip: servicesSkipReason(),
    env: async () => {
      const database = await throwawayDatabase();
      return { env: { DATABASE_URL: database.url, AMQP_URL: AMQP_URL!, LOS_NAMESPACE: namespace() }, drop: () => database.drop() };
    },
  },
];

for (const mode of modes) {
  describe.skipIf(mode.skip !== undefined)(`duplicate and out-of-order delivery — ${mode.name}${mode.skip ? ` (skipped: ${mode.skip})` : ''}`, () => {
    let pipeline: Pipeline | undefined;
    let drop: () => Promise<void> = async () => undefined;
    afterEach(async () => {
      await pipeline?.stop();
      await drop();
    });

    it('applies each event once, in a valid order, when deliveries come twice and backwards', async () => {
      const created = await mode.env();
      drop = created.drop;
      pipeline = await startPipeline({ env: { ...created.env, BUS_BASE_DELAY_MS: '30' } });
      const p = pipeline;
      await p.runtime.start();
      const steps = [1, 2, 3, 4].map((step) => stepEvent('agg-reversed', step));
      const other = [1, 2].map((step) => stepEvent('agg-twice', step));
      // Straight onto the bus, bypassing the outbox's order: last step first, and every event twice.
      await p.infra.bus.publish([...steps].reverse());
      await p.infra.bus.publish([other[0]!, other[0]!, other[1]!, ...steps, other[1]!]);
      await expect.poll(async () => (await p.effects()).length, { timeout: 20_000, interval: 50 }).toBe(6);
      // Give stray redeliveries time to arrive: they must change nothing.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const effects = await p.effects();
      expect(expectOncePerEventInOrder([...steps, ...other], effects)).toEqual([]);
      expect(effects.filter((e) => e.aggregateId === 'agg-reversed').map((e) => e.step)).toEqual([1, 2, 3, 4]);
      expect(p.outcomes.filter((o) => o.outcome === 'duplicate').length).toBeGreaterThanOrEqual(6);
    });
  });
}
