import { describe, expect, it } from 'vitest';
import type { WebhookRequest, WebhookSource, WebhookVerification } from '../../ports/webhook-source.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { InMemoryWebhookInbox } from '../../testing/fakes/in-memory-webhook-inbox.js';
import { SequentialIdGenerator } from '../../testing/fakes/sequential-id-generator.js';
import { ReceiveWebhook } from './receive-webhook.js';

/** A provider whose "signature" is the body reversed: enough to tell a genuine callback from an altered one. */
class MirrorSignedSource implements WebhookSource {
  readonly provider = 'mirror';
  parseWebhook(request: WebhookRequest): WebhookVerification {
    const signature = request.headers['x-mirror-signature'];
    if (!signature) return { ok: false, reason: 'SIGNATURE_MISSING' };
    if (signature !== [...request.rawBody].reverse().join('')) return { ok: false, reason: 'SIGNATURE_INVALID' };
    const body = JSON.parse(request.rawBody) as { id: string; event: string; loan?: string };
    return {
      ok: true,
      webhook: {
        eventId: body.id,
        providerEvent: body.event,
        outcome: body.loan ? { type: 'payment.received', brandId: 'brand-1', aggregateType: 'loan', aggregateId: body.loan, payload: { amount: { amount: '100.00', currency: 'INR' } } } : null,
      },
    };
  }
}

const signed = (body: object): WebhookRequest => {
  const rawBody = JSON.stringify(body);
  return { rawBody, headers: { 'x-mirror-signature': [...rawBody].reverse().join('') } };
};

function setup() {
  const inbox = new InMemoryWebhookInbox();
  const clock = new FixedClock('2026-03-01T09:00:00Z');
  const useCase = new ReceiveWebhook({ sources: [new MirrorSignedSource()], inbox, clock, ids: new SequentialIdGenerator(), sha256: (t) => `len-${t.length}` });
  return { inbox, useCase };
}

describe('ReceiveWebhook', () => {
  it('records a verified callback once and writes its outbox event; a redelivery is acknowledged and changes nothing', async () => {
    const { inbox, useCase } = setup();
    const request = signed({ id: 'evt_1', event: 'payment.captured', loan: 'loan-9' });
    const first = await useCase.execute({ provider: 'mirror', request });
    expect(first).toEqual({ ok: true, value: { eventId: 'evt_1', status: 'recorded', emitted: 'payment.received' } });
    expect(inbox.outbox).toHaveLength(1);
    expect(inbox.outbox[0]).toMatchObject({ type: 'payment.received', aggregateId: 'loan-9', brandId: 'brand-1', occurredAt: '2026-03-01T09:00:00.000Z' });
    expect(inbox.outbox[0]?.payload).toMatchObject({ provider: 'mirror', providerEventId: 'evt_1' });
    const second = await useCase.execute({ provider: 'mirror', request });
    expect(second).toEqual({ ok: true, value: { eventId: 'evt_1', status: 'duplicate', emitted: null } });
    expect(inbox.outbox).toHaveLength(1);
    expect((await inbox.find('mirror', 'evt_1'))?.bodySha256).toBe(`len-${request.rawBody.length}`);
  });

  it('refuses an altered or unsigned callback and records nothing', async () => {
    const { inbox, useCase } = setup();
    const request = signed({ id: 'evt_2', event: 'payment.captured', loan: 'loan-9' });
    const altered = await useCase.execute({ provider: 'mirror', request: { ...request, rawBody: request.rawBody.replace('loan-9', 'loan-8') } });
    expect(altered).toEqual({ ok: false, error: { code: 'WEBHOOK_REJECTED', reason: 'SIGNATURE_INVALID' } });
    const unsigned = await useCase.execute({ provider: 'mirror', request: { ...request, headers: {} } });
    expect(unsigned).toEqual({ ok: false, error: { code: 'WEBHOOK_REJECTED', reason: 'SIGNATURE_MISSING' } });
    expect(await inbox.find('mirror', 'evt_2')).toBeNull();
    expect(inbox.outbox).toHaveLength(0);
  });

  it('records events that need no action without emitting, and refuses unknown providers', async () => {
    const { inbox, useCase } = setup();
    expect(await useCase.execute({ provider: 'mirror', request: signed({ id: 'evt_3', event: 'order.created' }) })).toEqual({ ok: true, value: { eventId: 'evt_3', status: 'recorded', emitted: null } });
    expect(await inbox.find('mirror', 'evt_3')).not.toBeNull();
    expect(inbox.outbox).toHaveLength(0);
    expect(await useCase.execute({ provider: 'nobody', request: signed({ id: 'x', event: 'y' }) })).toEqual({ ok: false, error: { code: 'WEBHOOK_PROVIDER_UNKNOWN', provider: 'nobody' } });
  });
});
