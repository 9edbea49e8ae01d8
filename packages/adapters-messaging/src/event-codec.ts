import type { EventMessage } from '@los/application';

/**
 * Turns an event into the bytes that travel. Both buses serialise, so a payload that does not survive
 * JSON (a Date, a bigint, a class instance) fails the same way embedded as it does against the broker.
 */
export function encodeEvent(message: EventMessage): Buffer {
  return Buffer.from(JSON.stringify(message), 'utf8');
}

/** Reads an event back, refusing bytes that are not one. */
export function decodeEvent(bytes: Buffer): EventMessage {
  const value: unknown = JSON.parse(bytes.toString('utf8'));
  if (!isEventMessage(value)) throw new TypeError('message body is not an event');
  return value;
}

function isEventMessage(value: unknown): value is EventMessage {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const strings = ['id', 'type', 'aggregateType', 'aggregateId', 'brandId', 'occurredAt'] as const;
  return strings.every((key) => typeof record[key] === 'string') && typeof record['payload'] === 'object' && record['payload'] !== null;
}
