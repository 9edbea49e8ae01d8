// @los/application/testing: fakes and the contract suites every adapter of a port runs.

// --- fakes ---

// --- contracts: repositories and unit of work ---

// --- contracts: event bus ---

// --- contracts: cache ---

// --- contracts: providers ---
/**
 * The MessageSender contract suite.
 * @example describeMessageSenderContract({ name: 'sandbox', create: async () => ({ sender, delivered }) })
 */
export { describeMessageSenderContract, type MessageSenderFixture } from './testing/contracts/message-sender.contract.js';
