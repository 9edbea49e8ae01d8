import { describeEventBusContract } from '@los/application/testing';
import { InProcessEventBus } from '../src/index.js';
import { skipReason } from './adapter-filter.js';

const skip = skipReason('memory');

describeEventBusContract({
  name: 'InProcessEventBus',
  ...(skip ? { skip } : {}),
  create: ({ maxAttempts, baseDelayMs }) => new InProcessEventBus({ maxAttempts, baseDelayMs }),
});
