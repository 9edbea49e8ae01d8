import { describeBlocklistContract } from '../contracts/blocklist.contract.js';
import { InMemoryBlocklist } from './in-memory-blocklist.js';

describeBlocklistContract({
  name: 'in-memory',
  create: async () => ({ blocklist: new InMemoryBlocklist(), brandIds: ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'], close: async () => undefined }),
});
