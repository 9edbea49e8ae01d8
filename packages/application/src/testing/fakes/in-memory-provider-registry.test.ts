import { describeProviderRegistryContract } from '../contracts/provider-registry.contract.js';
import { InMemoryProviderRegistry } from './in-memory-provider-registry.js';

describeProviderRegistryContract({
  name: 'in-memory',
  create: async () => ({ registry: new InMemoryProviderRegistry(), brandIds: ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'], close: async () => undefined }),
});
