import { randomUUID } from 'node:crypto';

const consumerPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const eventTypePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Consumer names become queue names, and event types become routing keys, so both are kept to a
 * charset that has no meaning in topic patterns (`*`, `#`) and no separator of dead-letter ids (`:`).
 */
export function assertSubscribable(consumer: string, eventTypes: readonly string[]): void {
  if (!consumerPattern.test(consumer)) throw new RangeError(`invalid consumer name: ${JSON.stringify(consumer)}`);
  if (eventTypes.length === 0) throw new RangeError(`consumer ${consumer} subscribes to no event type`);
  for (const type of eventTypes) {
    if (type !== '*' && !eventTypePattern.test(type)) throw new RangeError(`invalid event type: ${JSON.stringify(type)}`);
  }
}

/** True when a consumer with these event types wants an event of `type`. */
export function wantsEvent(eventTypes: readonly string[], type: string): boolean {
  return eventTypes.includes('*') || eventTypes.includes(type);
}

/** A fresh dead-letter id that names its consumer, so it can be found without listing every queue. */
export function newDeadLetterId(consumer: string): string {
  return `${consumer}:${randomUUID()}`;
}

/** The consumer a dead-letter id belongs to, or null when the id is not one of ours. */
export function consumerOfDeadLetter(id: string): string | null {
  const separator = id.lastIndexOf(':');
  if (separator <= 0) return null;
  const consumer = id.slice(0, separator);
  return consumerPattern.test(consumer) ? consumer : null;
}

/** The text kept with a dead letter: the error's message, bounded so it fits a header. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
}
