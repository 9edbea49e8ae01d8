import { describeEventBusContract } from '@los/application/testing';
import { InProcessEventBus } from '../src/index.js';

describeEventBusContract({
  name: 'InProcessEventBus',
  create: ({ maxAttempts, baseDelayMs }) => new InProcessEventBus({ maxAttempts, baseDelayMs }),
});
