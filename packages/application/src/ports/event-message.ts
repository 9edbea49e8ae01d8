/**
 * A domain event as it travels: through the outbox, the broker and into consumers. `id` is unique and
 * is what consumers de-duplicate on. `occurredAt` is an ISO-8601 instant.
 */
export interface EventMessage {
  readonly id: string;
  readonly type: string;
  readonly aggregateType: string;
  readonly aggregateId: string;
  readonly brandId: string;
  readonly occurredAt: string;
  readonly payload: Readonly<Record<string, unknown>>;
}
