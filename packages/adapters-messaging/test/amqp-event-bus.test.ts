import { describeEventBusContract } from '@los/application/testing';
import { afterAll } from 'vitest';
import { AmqpEventBus } from '../src/index.js';
import { skipReason } from './adapter-filter.js';

const url = process.env['TEST_AMQP_URL'];
const skip = skipReason('amqp', 'TEST_AMQP_URL');
const created: AmqpEventBus[] = [];

afterAll(async () => {
  if (skip) return;
  // Every bus ran in its own namespace; remove its exchange and queues so the broker is left as found.
  for (const bus of created) await bus.deleteTopology();
});

describeEventBusContract({
  name: 'AmqpEventBus',
  ...(skip ? { skip } : {}),
  create: ({ maxAttempts, baseDelayMs, namespace }) => {
    const bus = new AmqpEventBus({ url: url ?? '', exchange: `${namespace}.events`, queuePrefix: namespace, maxAttempts, baseDelayMs });
    created.push(bus);
    return bus;
  },
});
