import { describeCollectionsContract } from '../contracts/collections.contract.js';
import { createInMemoryStore } from './create-in-memory-store.js';

describeCollectionsContract({ name: 'in-memory', create: async () => ({ ...createInMemoryStore(), close: async () => undefined }) });
