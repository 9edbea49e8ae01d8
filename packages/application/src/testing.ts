// @los/application/testing: fakes and the contract suites every adapter of a port runs.

// --- fakes ---

// --- contracts: repositories and unit of work ---

// --- contracts: event bus ---
/**
 * The EventBus contract suite: routing, fan-out, order, retries with backoff, dead letters, close.
 * @example describeEventBusContract({ name: 'in-process', create: ({ maxAttempts, baseDelayMs }) => new InProcessEventBus({ maxAttempts, baseDelayMs }) })
 */
export {
  describeEventBusContract,
  type EventBusContractOptions,
  type EventBusContractSettings,
} from './testing/contracts/event-bus.contract.js';

// --- contracts: cache ---
/**
 * The Cache contract suite: get/set/delete, expiry, fixed-window increment, health.
 * @example describeCacheContract({ name: 'memory', create: () => { let t = 0; return { cache: new InMemoryCache({ now: () => t }), advance: async (ms) => { t += ms; } }; } })
 */
export { describeCacheContract, type CacheContractOptions, type CacheFixture } from './testing/contracts/cache.contract.js';

// --- contracts: providers ---
/**
 * The MessageSender contract suite.
 * @example describeMessageSenderContract({ name: 'sandbox', create: async () => ({ sender, delivered }) })
 */
export { describeMessageSenderContract, type MessageSenderFixture } from './testing/contracts/message-sender.contract.js';
