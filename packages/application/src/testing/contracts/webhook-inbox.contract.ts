import { describe, expect, it } from 'vitest';
import type { EventMessage } from '../../ports/event-message.js';
import type { WebhookInbox, WebhookReceipt } from '../../ports/webhook-inbox.js';

/**
 * How a WebhookInbox joins the contract run: the inbox, and the outbox messages it wrote, by id.
 * @example describeWebhookInboxContract({ name: 'in-memory', create: async () => { const inbox = new InMemoryWebhookInbox(); return { inbox, outboxIds: async () => inbox.outbox.map((m) => m.id) }; } })
 */
export interface WebhookInboxContractOptions {
  readonly name: string;
  readonly create: () => Promise<{ readonly inbox: WebhookInbox; outboxIds(): Promise<readonly string[]>; close?(): Promise<void> }>;
  readonly skip?: string;
}

const uuid = () => globalThis.crypto.randomUUID();
const AT = new Date('2026-03-01T09:00:00.000Z');

function receipt(eventId: string, provider = 'razorpay'): WebhookReceipt {
  return { provider, eventId, providerEvent: 'payment.captured', bodySha256: 'ab'.repeat(32), receivedAt: AT };
}

function event(): EventMessage {
  return { id: uuid(), type: 'payment.received', aggregateType: 'loan', aggregateId: uuid(), brandId: uuid(), occurredAt: AT.toISOString(), payload: { amount: '5000.00' } };
}

/**
 * The behaviour every webhook inbox shares: a delivery is recorded once with its events; a redelivery,
 * even a concurrent one, writes nothing; the same event id from two providers are two deliveries.
 */
export function describeWebhookInboxContract(options: WebhookInboxContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`WebhookInbox contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    it('records a delivery with its events, and a redelivery writes nothing', async () => {
      const f = await options.create();
      try {
        const id = `evt_${uuid()}`;
        const first = event();
        expect(await f.inbox.record(receipt(id), [first])).toBe('recorded');
        expect(await f.inbox.record(receipt(id), [event()])).toBe('duplicate');
        const ids = await f.outboxIds();
        expect(ids.filter((x) => x === first.id)).toHaveLength(1);
        const stored = await f.inbox.find('razorpay', id);
        expect(stored).toMatchObject({ provider: 'razorpay', eventId: id, providerEvent: 'payment.captured', bodySha256: 'ab'.repeat(32) });
        expect(stored?.receivedAt.toISOString()).toBe(AT.toISOString());
        expect(stored?.processedAt?.toISOString()).toBe(AT.toISOString());
      } finally {
        await f.close?.();
      }
    });

    it('records one of two concurrent deliveries of the same event', async () => {
      const f = await options.create();
      try {
        const id = `evt_${uuid()}`;
        const events = [event(), event(), event()];
        const outcomes = await Promise.all(events.map((e) => f.inbox.record(receipt(id), [e])));
        expect(outcomes.filter((o) => o === 'recorded')).toHaveLength(1);
        const ids = new Set(await f.outboxIds());
        expect(events.filter((e) => ids.has(e.id))).toHaveLength(1);
      } finally {
        await f.close?.();
      }
    });

    it('keeps providers apart and records deliveries that lead to no event', async () => {
      const f = await options.create();
      try {
        const id = `evt_${uuid()}`;
        expect(await f.inbox.record(receipt(id, 'razorpay'), [])).toBe('recorded');
        expect(await f.inbox.record(receipt(id, 'cashfree'), [])).toBe('recorded');
        expect(await f.inbox.find('cashfree', id)).not.toBeNull();
        expect(await f.inbox.find('digio', id)).toBeNull();
      } finally {
        await f.close?.();
      }
    });
  });
}
