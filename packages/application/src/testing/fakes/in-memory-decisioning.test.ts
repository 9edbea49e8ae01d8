import { describeDecisioningContract } from '../contracts/decisioning.contract.js';
import { createInMemoryStore } from './create-in-memory-store.js';

describeDecisioningContract({ name: 'in-memory', create: async () => ({ ...createInMemoryStore(), close: async () => undefined }) });
