import { createHmac, randomUUID } from 'node:crypto';
import { ids, servicingIds } from '@los/composition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from './running-app.js';
import { type TestEnvironment, testEnvironments } from './test-environments.js';

const WEBHOOK_SECRET = 'whsec_test_0123456789abcdef';

/** The embedded app with a Razorpay account configured, so /api/v1/webhooks/razorpay verifies Razorpay's way. */
const withRazorpay = (base: TestEnvironment): TestEnvironment => ({
  ...base,
  async create() {
    const created = await base.create();
    return { ...created, env: { ...created.env, RAZORPAY_KEY_ID: 'rzp_test_1', RAZORPAY_KEY_SECRET: 'key-secret', RAZORPAY_WEBHOOK_SECRET: WEBHOOK_SECRET } };
  },
});

for (const environment of testEnvironments) {
  describe.skipIf(environment.skip !== undefined)(`provider webhooks and document links over HTTP — ${environment.name}`, () => {
    let running: RunningApp;

    beforeAll(async () => {
      running = await startApp(withRazorpay(environment));
    }, 120_000);
    afterAll(async () => running?.stop());

    const db = () => running.base.container.get(ids.Database).db;

    /** A `payment_link.paid` callback as Razorpay sends it, signed with the webhook secret. */
    function razorpayCallback(loanId: string, eventId: string, amountPaise: number) {
      const rawBody = JSON.stringify({
        entity: 'event',
        event: 'payment_link.paid',
        payload: {
          payment_link: { entity: { id: 'plink_T1', reference_id: 'rep-1', status: 'paid', notes: { brand_id: running.demoBrandId, loan_id: loanId } } },
          payment: { entity: { id: `pay_${eventId}`, amount: amountPaise, currency: 'INR', status: 'captured' } },
        },
        created_at: 1767225600,
      });
      const signature = createHmac('sha256', WEBHOOK_SECRET).update(rawBody).digest('hex');
      return { rawBody, headers: { 'content-type': 'application/json', 'x-razorpay-event-id': eventId, 'x-razorpay-signature': signature } };
    }

    const post = (provider: string, callback: { rawBody: string; headers: Record<string, string> }) =>
      running.app.request(`/api/v1/webhooks/${provider}`, { method: 'POST', headers: callback.headers, body: callback.rawBody });

    it('accepts a signed Razorpay callback once: one inbox row, one payment.received event, a redelivery changes nothing', async () => {
      const loanId = randomUUID();
      const eventId = `evt_${randomUUID().slice(0, 12)}`;
      const callback = razorpayCallback(loanId, eventId, 523_450);
      const first = await post('razorpay', callback);
      expect(first.status).toBe(200);
      expect(await first.json()).toMatchObject({ received: true, eventId, status: 'recorded' });
      const again = await post('razorpay', callback);
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ status: 'duplicate' });
      const events = await db().selectFrom('outbox').select(['type', 'brand_id', 'payload']).where('aggregate_id', '=', loanId).execute();
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ type: 'payment.received', brand_id: running.demoBrandId });
      expect(events[0]?.payload).toMatchObject({ amount: { amount: '5234.50', currency: 'INR' }, provider: 'razorpay', providerEventId: eventId });
      const inbox = await db().selectFrom('webhook_inbox').selectAll().where('event_id', '=', eventId).execute();
      expect(inbox).toHaveLength(1);
      expect(inbox[0]?.body_sha256).toMatch(/^[0-9a-f]{64}$/);
    });

    it('refuses a tampered or unsigned callback with 401 and records nothing; an unknown provider 404, a signed but unreadable body 400', async () => {
      const loanId = randomUUID();
      const eventId = `evt_${randomUUID().slice(0, 12)}`;
      const callback = razorpayCallback(loanId, eventId, 100_00);
      const tampered = { ...callback, rawBody: callback.rawBody.replace('"amount":10000', '"amount":99999900') };
      expect(tampered.rawBody).not.toBe(callback.rawBody);
      const refused = await post('razorpay', tampered);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ statusCode: 401, error: 'WEBHOOK_REJECTED' });
      const { 'x-razorpay-signature': _dropped, ...unsignedHeaders } = callback.headers;
      expect((await post('razorpay', { ...callback, headers: unsignedHeaders })).status).toBe(401);
      expect(await db().selectFrom('webhook_inbox').selectAll().where('event_id', '=', eventId).execute()).toHaveLength(0);
      expect(await db().selectFrom('outbox').selectAll().where('aggregate_id', '=', loanId).execute()).toHaveLength(0);
      expect((await post('nobody', callback)).status).toBe(404);
      const garbage = 'not json';
      const signedGarbage = { rawBody: garbage, headers: { 'x-razorpay-signature': createHmac('sha256', WEBHOOK_SECRET).update(garbage).digest('hex') } };
      const malformed = await post('razorpay', signedGarbage);
      expect(malformed.status).toBe(400);
      expect(await malformed.json()).toMatchObject({ error: 'WEBHOOK_REJECTED' });
    });

    it('serves a stored document through its signed link until it expires, and 404s on a tampered link', async () => {
      const store = running.base.container.get(servicingIds.DocumentStore);
      const key = `${running.demoBrandId}/loans/${randomUUID()}/kfs.pdf`;
      const pdf = new TextEncoder().encode('%PDF-1.3\n%test\n%%EOF\n');
      await store.put(key, pdf, 'application/pdf');
      const link = store.signedUrl(key, 600, new Date());
      expect(link.startsWith('/api/v1/documents/')).toBe(true);
      const served = await running.app.request(link);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);

      const otherKey = link.replace('/kfs.pdf', '/agreement.pdf');
      const badSignature = link.replace(/signature=(.)/, (_m, c: string) => `signature=${c === 'A' ? 'B' : 'A'}`);
      const longerExpiry = link.replace(/expires=(\d+)/, (_m, e: string) => `expires=${Number(e) + 3600}`);
      for (const tampered of [otherKey, badSignature, longerExpiry, link.split('?')[0]!]) {
        expect((await running.app.request(tampered)).status, tampered).toBe(404);
      }
      const expired = store.signedUrl(key, 1, new Date(Date.now() - 60_000));
      expect((await running.app.request(expired)).status).toBe(404);
    });

    it('describes both routes in the OpenAPI document', async () => {
      const doc = (await (await running.app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
      expect(doc.paths['/api/v1/webhooks/{provider}']?.['post']?.security).toEqual([]);
      expect(doc.paths['/api/v1/documents/{key}']?.['get']).toBeDefined();
    });
  });
}
