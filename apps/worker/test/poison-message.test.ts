import { DiscardDeadLetter, ListDeadLetters, ReplayDeadLetter, type Actor, type EventMessage, type IdempotentContext } from '@los/application';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSUMER, type Pipeline, applyStep, startPipeline, stepEvent } from './pipeline.js';
import { AMQP_URL, namespace, servicesSkipReason, throwawayDatabase } from './services.js';

const superAdmin: Actor = { kind: 'staff', userId: '00000000-0000-4000-8000-000000000001', superAdmin: true, roles: [] };
const MAX_ATTEMPTS = 4;
const BASE_DELAY_MS = 100;

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
  describe.skipIf(mode.skip !== undefined)(`poison message — ${mode.name}${mode.skip ? ` (skipped: ${mode.skip})` : ''}`, () => {
    let pipeline: Pipeline | undefined;
    let drop: () => Promise<void> = async () => undefined;
    afterEach(async () => {
      await pipeline?.stop();
      await drop();
    });

    it('is retried the configured times with growing delays, dead-lettered, then replayed once fixed', async () => {
      const created = await mode.env();
      drop = created.drop;
      const attempts: { attempt: number; at: number }[] = [];
      let healed = false;
      const handle = async (message: EventMessage, context: IdempotentContext) => {
        if (message.payload['poison'] === true && !healed) {
          attempts.push({ attempt: context.delivery.attempt, at: performance.now() });
          throw new Error('cannot read this application');
        }
        await applyStep(message, context);
      };
      pipeline = await startPipeline({ env: { ...created.env, BUS_MAX_ATTEMPTS: String(MAX_ATTEMPTS), BUS_BASE_DELAY_MS: String(BASE_DELAY_MS) }, handle });
      const p = pipeline;
      await p.runtime.start();
      const poison = stepEvent('agg-poison', 1, { poison: true });
      const healthy = stepEvent('agg-healthy', 1);
      await p.produce([poison, healthy]);

      const list = new ListDeadLetters({ bus: p.infra.bus });
      const deadLetters = async () => {
        const result = await list.execute({ actor: superAdmin, consumer: CONSUMER });
        return result.ok ? result.value : [];
      };
      await expect.poll(async () => (await deadLetters()).length, { timeout: 20_000, interval: 100 }).toBe(1);
      expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3, 4]);
      const gaps = attempts.slice(1).map((a, i) => a.at - attempts[i]!.at);
      // Waits are base·2^(n−1): 100, 200, 400 ms (timers never fire early; allow a little scheduling slack).
      gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(BASE_DELAY_MS * 2 ** i - 15));
      expect(gaps[2]!).toBeGreaterThan(gaps[0]!);
      const [letter] = await deadLetters();
      expect(letter).toMatchObject({ consumer: CONSUMER, attempts: MAX_ATTEMPTS, message: { id: poison.id } });
      expect(letter!.lastError).toContain('cannot read this application');
      // The healthy event beside it was not held up.
      expect((await p.effects()).map((e) => e.source)).toEqual([healthy.id]);

      healed = true;
      expect(await new ReplayDeadLetter({ bus: p.infra.bus }).execute({ actor: superAdmin, id: letter!.id })).toEqual({ ok: true, value: { id: letter!.id } });
      await expect.poll(async () => (await p.effects()).map((e) => e.source), { timeout: 10_000, interval: 50 }).toEqual([healthy.id, poison.id]);
      expect(await deadLetters()).toEqual([]);
      expect(await new DiscardDeadLetter({ bus: p.infra.bus }).execute({ actor: superAdmin, id: letter!.id })).toEqual({ ok: false, error: { code: 'DEAD_LETTER_NOT_FOUND', id: letter!.id } });
    });
  });
}
