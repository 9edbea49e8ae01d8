import { randomUUID } from 'node:crypto';
import type { EventBus, EventMessage, QueueInspector } from '@los/application';
import { afterEach, describe, expect, it } from 'vitest';
import { AmqpEventBus, InProcessEventBus } from '../src/index.js';
import { skipReason } from './adapter-filter.js';

const event = (type: string): EventMessage => ({ id: randomUUID(), type, aggregateType: 'loan', aggregateId: 'loan-1', brandId: 'brand-1', occurredAt: new Date().toISOString(), payload: {} });

const implementations: { name: string; skip: string | undefined; create: () => EventBus & QueueInspector & { deleteTopology?: () => Promise<void> } }[] = [
  { name: 'in-process', skip: skipReason('memory'), create: () => new InProcessEventBus({ maxAttempts: 1, baseDelayMs: 10 }) },
  {
    name: 'RabbitMQ',
    skip: skipReason('amqp', 'TEST_AMQP_URL'),
    create: () => {
      const namespace = `los-test-${randomUUID()}`;
      return new AmqpEventBus({ url: process.env['TEST_AMQP_URL'] ?? '', exchange: `${namespace}.events`, queuePrefix: namespace, maxAttempts: 1, baseDelayMs: 10 });
    },
  },
];

const opened: (EventBus & { deleteTopology?: () => Promise<void> })[] = [];
afterEach(async () => {
  for (const bus of opened.splice(0)) {
    await bus.close();
    await bus.deleteTopology?.();
  }
});

for (const implementation of implementations) {
  describe.skipIf(implementation.skip !== undefined)(`queue depths: ${implementation.name}${implementation.skip ? ` (skipped: ${implementation.skip})` : ''}`, () => {
    it('counts messages waiting for a consumer and its dead letters', async () => {
      const bus = implementation.create();
      opened.push(bus);
      let open = false;
      await bus.subscribe({ consumer: 'gated', eventTypes: ['loan.applied'], handle: async () => { if (!open) throw new Error('closed'); } });
      await bus.subscribe({ consumer: 'idle', eventTypes: ['loan.sanctioned'], handle: async () => undefined });
      await bus.publish([event('loan.applied'), event('loan.applied'), event('loan.applied')]);
      // Before start nothing is delivered: all three wait in the queue.
      await expect.poll(async () => (await bus.queueDepths()).find((d) => d.consumer === 'gated')?.ready, { timeout: 5000 }).toBe(3);
      await bus.start();
      await expect.poll(async () => (await bus.queueDepths()).find((d) => d.consumer === 'gated'), { timeout: 5000 }).toEqual({ consumer: 'gated', ready: 0, deadLetters: 3 });
      open = true;
      expect(await bus.queueDepths(['idle', 'unknown'])).toEqual([{ consumer: 'idle', ready: 0, deadLetters: 0 }]);
    });
  });
}
