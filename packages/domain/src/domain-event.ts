/**
 * Something that happened to an aggregate. The application gives it an id and writes it to the outbox in
 * the same transaction as the state change.
 */
export interface DomainEvent<P extends Readonly<Record<string, unknown>> = Readonly<Record<string, unknown>>> {
  readonly type: string;
  readonly aggregateType: string;
  readonly aggregateId: string;
  readonly brandId: string;
  readonly occurredAt: Date;
  readonly payload: P;
}
