import { describeCollectionsContract } from '../contracts/collections.contract.js';
import { createInMemoryStore } from './create-in-memory-store.js';
import { InMemoryLifecycleUnitOfWork } from './in-memory-lifecycle-unit-of-work.js';

describeCollectionsContract({
  name: 'in-memory',
  create: async () => {
    const store = createInMemoryStore();
    return { ...store, lifecycleUnitOfWork: new InMemoryLifecycleUnitOfWork(store.unitOfWork), close: async () => undefined };
  },
});
