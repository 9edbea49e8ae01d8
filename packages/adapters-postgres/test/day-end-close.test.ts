import { describeDayEndCloseContract } from '@los/application/testing';
import { freshLifecycleStore, skipReason } from './test-databases.js';

// The close walks every loan in the store, so each test gets an empty database of its own.
for (const engine of ['pglite', 'postgres'] as const) {
  const skip = skipReason(engine);
  describeDayEndCloseContract({ name: engine, ...(skip === undefined ? {} : { skip }), create: () => freshLifecycleStore(engine) });
}
