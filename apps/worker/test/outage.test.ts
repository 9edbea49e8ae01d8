import type { EventMessage } from '@los/application';
import { afterEach, describe, expect, it } from 'vitest';
import { type Pipeline, expectOncePerEventInOrder, startPipeline, stepEvent } from './pipeline.js';
import { AMQP_URL, DATABASE_URL, namespace, servicesSkipReason, throwawayDatabase } from './services.js';
import { TcpProxy } from './tcp-proxy.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Applications keep arriving (each a transaction writing its event to the outbox, as the intake does)
 * while `outage` runs; a write the database refuses is a request the client saw fail, not an event.
 */
async function keepApplying(p: Pipeline, until: () => boolean): Promise<EventMessage[]> {
  const accepted: EventMessage[] = [];
  for (let n = 1; !until(); n += 1) {
    const events = [stepEvent(`loan-${n}`, 1), stepEvent(`loan-${n}`, 2)];
    try {
      await p.produce(events);
      accepted.push(...events);
    } catch {
      // The database is unreachable: the application was refused.
    }
    await sleep(25);
  }
  return accepted;
}

for (const service of ['broker', 'database'] as const) {
  const skip = servicesSkipReason();
  describe.skipIf(skip !== undefined)(`${service} outage mid-run${skip ? ` (skipped: ${skip})` : ''}`, () => {
    let pipeline: Pipeline | undefined;
    let proxy: TcpProxy | undefined;
    let drop: () => Promise<void> = async () => undefined;
    afterEach(async () => {
      proxy?.restore();
      await pipeline?.stop();
      await proxy?.close();
      await drop();
    });

    it(`delivers every accepted event exactly once after the ${service} comes back, and health shows the outage while it lasts`, async () => {
      const database = await throwawayDatabase();
      drop = () => database.drop();
      const target = new URL(service === 'broker' ? AMQP_URL! : DATABASE_URL!);
      proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port) });
      const env = {
        DATABASE_URL: service === 'database' ? proxy.url(database.url) : database.url,
        AMQP_URL: service === 'broker' ? proxy.url(AMQP_URL!) : AMQP_URL!,
        LOS_NAMESPACE: namespace(),
        // Enough attempts to outlast the outage: 50 ms doubling, ~25 s in all before a dead letter.
        BUS_MAX_ATTEMPTS: '10',
        BUS_BASE_DELAY_MS: '50',
      };
      pipeline = await startPipeline({ env });
      const p = pipeline;
      await p.runtime.start();
      const healthy = service === 'broker' ? () => p.infra.bus.healthy() : () => p.infra.database.healthy();

      let stop = false;
      const applying = keepApplying(p, () => stop);
      await sleep(800);
      expect(await healthy()).toBe(true);
      proxy.cut();
      await expect.poll(healthy, { timeout: 5000, interval: 50 }).toBe(false);
      await sleep(1500);
      expect(await healthy()).toBe(false);
      proxy.restore();
      await sleep(800);
      stop = true;
      const accepted = await applying;
      expect(accepted.length).toBeGreaterThan(20);

      await expect.poll(healthy, { timeout: 20_000, interval: 100 }).toBe(true);
      await expect.poll(async () => (await p.effects()).length, { timeout: 45_000, interval: 200 }).toBeGreaterThanOrEqual(accepted.length);
      await expect.poll(() => p.pendingInOutbox(), { timeout: 10_000, interval: 100 }).toBe(0);
      expect(expectOncePerEventInOrder(accepted, await p.effects())).toEqual([]);
      expect(await p.infra.bus.listDeadLetters()).toEqual([]);
    }, 90_000);
  });
}
