import type { Delivery, Subscription } from '../../ports/event-bus.js';
import type { EventMessage } from '../../ports/event-message.js';

/** A consumer's subscription factory, given a listener that hears each delivery's outcome after the commit. */
export type OutcomeSubscription<O> = (listener: (message: EventMessage, outcome: O, delivery: Delivery) => void) => Subscription;

/**
 * Handles one delivery as the bus would and answers the outcome the consumer reported for it, so a consumer's
 * `execute` and its bus subscription are the same code path.
 */
export async function deliverOnce<O>(subscribe: OutcomeSubscription<O>, message: EventMessage, delivery: Delivery = { attempt: 1 }): Promise<O> {
  let outcome: { readonly value: O } | undefined;
  await subscribe((_message, value) => (outcome = { value })).handle(message, delivery);
  if (!outcome) throw new Error(`${message.type} ${message.id} was handled without an outcome`);
  return outcome.value;
}
