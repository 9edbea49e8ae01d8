import { describeEventBusContract } from '@los/application/testing';
import { afterAll } from 'vitest';
import { AmqpEventBus } from '../src/index.js';

const url = process.env['TEST_AMQP_URL'];
const created: AmqpEventBus[] = [];

afterAll(async () => {
  // Every bus ran in its own namespace; remove its exchange and queues so the broker is left as found.
  for (const bus of created) await bus.deleteTopology();
});

describeEventBusContract({
  name: 'AmqpEventBus',
  ...(url ? {} : { skip: 'TEST_AMQP_URL is not set' }),
  create: ({ maxAttempts, baseDelayMs, namespace }) => {
    const bus = new AmqpEventBus({ url: url ?? '', exchange: `${namespace}.events`, queuePrefix: namespace, maxAttempts, baseDelayMs });
    created.push(bus);
    return bus;
  },
});
