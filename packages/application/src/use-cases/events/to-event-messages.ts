import type { DomainEvent } from '@los/domain';
import type { EventMessage } from '../../ports/event-message.js';
import type { IdGenerator } from '../../ports/id-generator.js';

/** Gives each domain event an id and the wire shape written to the outbox. */
export function toEventMessages(events: readonly DomainEvent[], ids: IdGenerator): EventMessage[] {
  return events.map((e) => ({
    id: ids.next(),
    type: e.type,
    aggregateType: e.aggregateType,
    aggregateId: e.aggregateId,
    brandId: e.brandId,
    occurredAt: e.occurredAt.toISOString(),
    payload: e.payload,
  }));
}
