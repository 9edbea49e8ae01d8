import { type Result, err, ok } from '@los/domain';
import type { Clock } from '../../ports/clock.js';
import type { EventMessage } from '../../ports/event-message.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { WebhookInbox } from '../../ports/webhook-inbox.js';
import type { WebhookRejection, WebhookRequest, WebhookSource } from '../../ports/webhook-source.js';

/** Why a callback was refused; nothing was recorded. */
export type ReceiveWebhookError =
  | { readonly code: 'WEBHOOK_PROVIDER_UNKNOWN'; readonly provider: string }
  | { readonly code: 'WEBHOOK_REJECTED'; readonly reason: WebhookRejection };

/** What happened to an accepted callback. */
export interface ReceivedWebhook {
  readonly eventId: string;
  /** 'recorded' the first time, 'duplicate' on a redelivery (nothing re-applied). */
  readonly status: 'recorded' | 'duplicate';
  /** The outbox event written, or null when the event needs no action. */
  readonly emitted: string | null;
}

/**
 * A provider callback: verify its signature (a bad one writes nothing), record it once in the inbox, and
 * write the outbox event it leads to in the same transaction. Consumers act on the outbox event, so a
 * redelivered callback is acknowledged and changes nothing.
 */
export class ReceiveWebhook {
  constructor(
    private readonly deps: {
      readonly sources: readonly WebhookSource[];
      readonly inbox: WebhookInbox;
      readonly clock: Clock;
      readonly ids: IdGenerator;
      /** Hex SHA-256 of a text, for the receipt (the body itself may carry personal data). */
      readonly sha256: (text: string) => string;
    },
  ) {}

  async execute(input: { readonly provider: string; readonly request: WebhookRequest }): Promise<Result<ReceivedWebhook, ReceiveWebhookError>> {
    const source = this.deps.sources.find((s) => s.provider === input.provider);
    if (!source) return err({ code: 'WEBHOOK_PROVIDER_UNKNOWN', provider: input.provider });
    const now = this.deps.clock.now();
    const verified = source.parseWebhook(input.request, now);
    if (!verified.ok) return err({ code: 'WEBHOOK_REJECTED', reason: verified.reason });
    const { eventId, providerEvent, outcome } = verified.webhook;
    const events: EventMessage[] = outcome
      ? [
          {
            id: this.deps.ids.next(),
            type: outcome.type,
            aggregateType: outcome.aggregateType,
            aggregateId: outcome.aggregateId,
            brandId: outcome.brandId,
            occurredAt: now.toISOString(),
            payload: { ...outcome.payload, provider: source.provider, providerEventId: eventId },
          },
        ]
      : [];
    const status = await this.deps.inbox.record(
      { provider: source.provider, eventId, providerEvent, bodySha256: this.deps.sha256(input.request.rawBody), receivedAt: now },
      events,
    );
    return ok({ eventId, status, emitted: status === 'recorded' && outcome ? outcome.type : null });
  }
}
