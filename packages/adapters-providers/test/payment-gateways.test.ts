import { describePaymentGatewayContract } from '@los/application/testing';
import { Money } from '@los/domain';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { CashfreePaymentGateway, RazorpayPaymentGateway, SandboxPaymentGateway, cashfreeSignature, checkCashfreeSignature, checkRazorpaySignature, razorpaySignature } from '../src/index.js';
import { fetchInto, hasBasicAuth, hmac } from './provider-stubs.js';

const NOW = new Date('2026-03-01T09:00:00.000Z');

/** A stand-in for Razorpay's Payment Links API and its webhooks, as Razorpay documents them. */
function razorpayStub(keyId: string, keySecret: string, webhookSecret: string) {
  const links = new Map<string, { reference_id: string; amount: number; currency: string; notes: Record<string, string> }>();
  let n = 0;
  const app = new Hono();
  app.post('/v1/payment_links', async (c) => {
    if (!hasBasicAuth(c.req.header('authorization'), keyId, keySecret)) return c.json({ error: { code: 'BAD_REQUEST_ERROR', description: 'Authentication failed' } }, 401);
    const body = (await c.req.json()) as { amount: unknown; currency: string; reference_id: string; notes: Record<string, string> };
    if (!Number.isSafeInteger(body.amount) || (body.amount as number) < 100) return c.json({ error: { code: 'BAD_REQUEST_ERROR', description: 'amount must be an integer in paise' } }, 400);
    if ([...links.values()].some((l) => l.reference_id === body.reference_id)) return c.json({ error: { code: 'BAD_REQUEST_ERROR', description: 'reference_id already exists' } }, 400);
    const id = `plink_${String(++n).padStart(14, '0')}`;
    links.set(id, { reference_id: body.reference_id, amount: body.amount as number, currency: body.currency, notes: body.notes });
    return c.json({ id, short_url: `https://rzp.io/i/${id.slice(-6)}`, status: 'created', reference_id: body.reference_id, amount: body.amount, notes: body.notes });
  });
  async function pay(linkId: string, outcome: 'success' | 'failure') {
    const link = links.get(linkId)!;
    const k = String(++n).padStart(14, '0');
    const payment = { id: `pay_${k}`, entity: 'payment', amount: link.amount, currency: link.currency, status: outcome === 'success' ? 'captured' : 'failed', notes: link.notes };
    const body = outcome === 'success'
      ? { entity: 'event', event: 'payment_link.paid', payload: { payment_link: { entity: { id: linkId, reference_id: link.reference_id, notes: link.notes, status: 'paid' } }, payment: { entity: payment } } }
      : { entity: 'event', event: 'payment.failed', payload: { payment: { entity: { ...payment, error_description: 'Card declined' } } } };
    const rawBody = JSON.stringify(body);
    return { rawBody, headers: { 'x-razorpay-event-id': `evt_${k}`, 'x-razorpay-signature': await hmac(webhookSecret, rawBody, 'hex') } };
  }
  return { app, pay, links };
}

/** A stand-in for Cashfree's Payment Links API and payment webhooks. */
function cashfreeStub(clientId: string, clientSecret: string) {
  const links = new Map<string, { link_id: string; raw_amount: string; currency: string; notes: Record<string, string> }>();
  let n = 0;
  const app = new Hono();
  app.post('/pg/links', async (c) => {
    if (c.req.header('x-client-id') !== clientId || c.req.header('x-client-secret') !== clientSecret) return c.json({ message: 'authentication Failed', code: 'request_failed', type: 'authentication_error' }, 401);
    if (!c.req.header('x-api-version')) return c.json({ message: 'x-api-version missing', type: 'invalid_request_error' }, 400);
    const text = await c.req.text();
    // The amount must be a JSON number; keep its literal text as Cashfree's own decimal parser would see it.
    const rawAmount = /"link_amount":(\d+(?:\.\d+)?)[,}]/.exec(text)?.[1];
    const body = JSON.parse(text) as { link_id: string; link_currency: string; link_notes: Record<string, string> };
    if (!rawAmount) return c.json({ message: 'link_amount must be a number', type: 'invalid_request_error' }, 400);
    const cf = ++n;
    links.set(String(cf), { link_id: body.link_id, raw_amount: rawAmount, currency: body.link_currency, notes: body.link_notes });
    return c.json({ cf_link_id: cf, link_id: body.link_id, link_status: 'ACTIVE', link_url: `https://payments.cashfree.com/links/o${cf}`, link_amount: Number(rawAmount) });
  });
  async function pay(cfLinkId: string, outcome: 'success' | 'failure', secret = clientSecret, at = NOW) {
    const link = links.get(cfLinkId)!;
    const paymentId = 5_000_000 + ++n;
    // Written by hand so the amount keeps the literal the link was created with, as Cashfree's JSON does.
    const rawBody = `{"data":{"order":{"order_id":"CFPay_${link.link_id}","order_amount":${link.raw_amount},"order_currency":"${link.currency}","order_tags":${JSON.stringify({ link_id: link.link_id, ...link.notes })}},"payment":{"cf_payment_id":${paymentId},"payment_status":"${outcome === 'success' ? 'SUCCESS' : 'FAILED'}","payment_amount":${link.raw_amount},"payment_currency":"${link.currency}","payment_message":"${outcome === 'success' ? 'Transaction Successful' : 'Insufficient funds'}"}},"event_time":"${at.toISOString()}","type":"${outcome === 'success' ? 'PAYMENT_SUCCESS_WEBHOOK' : 'PAYMENT_FAILED_WEBHOOK'}"}`;
    const timestamp = String(at.getTime());
    return { rawBody, headers: { 'x-webhook-timestamp': timestamp, 'x-webhook-signature': await hmac(secret, `${timestamp}${rawBody}`, 'base64'), 'x-webhook-version': '2023-08-01' } };
  }
  return { app, pay };
}

describePaymentGatewayContract({
  name: 'SandboxPaymentGateway',
  create: async () => {
    const gateway = new SandboxPaymentGateway({ webhookSecret: 'sandbox-secret' });
    return { gateway, pay: async (link, outcome) => gateway.simulatePayment(link.providerLinkId, outcome), now: NOW };
  },
});

describePaymentGatewayContract({
  name: 'RazorpayPaymentGateway against a stub of the Razorpay Payment Links API',
  create: async () => {
    const stub = razorpayStub('rzp_test_1', 'key-secret', 'whsec-1');
    const gateway = new RazorpayPaymentGateway({ keyId: 'rzp_test_1', keySecret: 'key-secret', webhookSecret: 'whsec-1', baseUrl: 'http://razorpay.test', fetch: fetchInto(stub.app) });
    return { gateway, pay: (link, outcome) => stub.pay(link.providerLinkId, outcome), now: NOW };
  },
});

describePaymentGatewayContract({
  name: 'CashfreePaymentGateway against a stub of the Cashfree Payment Links API',
  create: async () => {
    const stub = cashfreeStub('cf-app', 'cf-secret');
    const gateway = new CashfreePaymentGateway({ clientId: 'cf-app', clientSecret: 'cf-secret', webhookSecret: 'cf-secret', baseUrl: 'http://cashfree.test', fetch: fetchInto(stub.app) });
    return { gateway, pay: (link, outcome) => stub.pay(link.providerLinkId, outcome), now: NOW };
  },
});

describe('webhook signatures as the providers document them', () => {
  it('Razorpay: hex HMAC-SHA256 of the raw body; a wrong secret or a re-serialised body fails', async () => {
    const raw = '{"event":"payment.captured", "payload":{}}';
    expect(razorpaySignature(raw, 's3cret')).toBe(await hmac('s3cret', raw, 'hex'));
    expect(checkRazorpaySignature({ 'x-razorpay-signature': await hmac('s3cret', raw, 'hex') }, raw, 's3cret')).toBeNull();
    expect(checkRazorpaySignature({ 'x-razorpay-signature': await hmac('other', raw, 'hex') }, raw, 's3cret')).toBe('SIGNATURE_INVALID');
    const reserialised = JSON.stringify(JSON.parse(raw));
    expect(checkRazorpaySignature({ 'x-razorpay-signature': await hmac('s3cret', raw, 'hex') }, reserialised, 's3cret')).toBe('SIGNATURE_INVALID');
    expect(checkRazorpaySignature({ 'x-razorpay-signature': 'abc' }, raw, 's3cret')).toBe('SIGNATURE_INVALID');
  });

  it('Cashfree: base64 HMAC-SHA256 of timestamp + raw body, inside a five-minute window', async () => {
    const raw = '{"type":"PAYMENT_SUCCESS_WEBHOOK"}';
    const ts = String(NOW.getTime());
    const headers = { 'x-webhook-timestamp': ts, 'x-webhook-signature': await hmac('cf', `${ts}${raw}`, 'base64') };
    expect(cashfreeSignature(ts, raw, 'cf')).toBe(headers['x-webhook-signature']);
    expect(checkCashfreeSignature(headers, raw, 'cf', NOW)).toBeNull();
    expect(checkCashfreeSignature(headers, raw, 'cf', new Date(NOW.getTime() + 299_000))).toBeNull();
    expect(checkCashfreeSignature(headers, raw, 'cf', new Date(NOW.getTime() + 301_000))).toBe('TIMESTAMP_OUTSIDE_WINDOW');
    expect(checkCashfreeSignature(headers, raw, 'cf', new Date(NOW.getTime() - 301_000))).toBe('TIMESTAMP_OUTSIDE_WINDOW');
    // Moving the timestamp to look fresh breaks the signature, which covers it.
    expect(checkCashfreeSignature({ ...headers, 'x-webhook-timestamp': String(NOW.getTime() + 1) }, raw, 'cf', NOW)).toBe('SIGNATURE_INVALID');
    expect(checkCashfreeSignature({ 'x-webhook-signature': headers['x-webhook-signature'] }, raw, 'cf', NOW)).toBe('SIGNATURE_MISSING');
  });
});

describe('RazorpayPaymentGateway', () => {
  it('sends the amount in paise, the reference and the brand and loan as notes; a repeated reference is the provider error', async () => {
    const stub = razorpayStub('k', 's', 'w');
    const gateway = new RazorpayPaymentGateway({ keyId: 'k', keySecret: 's', webhookSecret: 'w', baseUrl: 'http://razorpay.test', fetch: fetchInto(stub.app) });
    const request = { brandId: 'b-1', loanId: 'l-1', reference: 'rep-1', amount: Money.of('1999.99'), description: 'EMI', customer: { name: 'A', phone: '+919800000001' } };
    const link = await gateway.createPaymentLink(request);
    expect(stub.links.get(link.providerLinkId)).toMatchObject({ amount: 199_999, currency: 'INR', reference_id: 'rep-1', notes: { brand_id: 'b-1', loan_id: 'l-1' } });
    await expect(gateway.createPaymentLink(request)).rejects.toThrow(/HTTP 400.*reference_id/);
  });

  it('records payment.captured without acting on it, so a paid link is credited once', async () => {
    const gateway = new RazorpayPaymentGateway({ keyId: 'k', keySecret: 's', webhookSecret: 'w' });
    const rawBody = JSON.stringify({ event: 'payment.captured', payload: { payment: { entity: { id: 'pay_1', amount: 100, currency: 'INR', notes: { brand_id: 'b', loan_id: 'l' } } } } });
    const parsed = gateway.parseWebhook({ rawBody, headers: { 'x-razorpay-signature': await hmac('w', rawBody, 'hex'), 'x-razorpay-event-id': 'evt_9' } }, NOW);
    expect(parsed).toEqual({ ok: true, webhook: { eventId: 'evt_9', providerEvent: 'payment.captured', outcome: null } });
  });
});

describe('CashfreePaymentGateway', () => {
  it('refuses a genuine callback replayed after the window', async () => {
    const stub = cashfreeStub('a', 'b');
    const gateway = new CashfreePaymentGateway({ clientId: 'a', clientSecret: 'b', webhookSecret: 'b', baseUrl: 'http://cashfree.test', fetch: fetchInto(stub.app) });
    const link = await gateway.createPaymentLink({ brandId: 'b-1', loanId: 'l-1', reference: 'rep-9', amount: Money.of('100.10'), description: 'EMI', customer: { name: 'A', phone: '+919800000001' } });
    const callback = await stub.pay(link.providerLinkId, 'success');
    expect(gateway.parseWebhook(callback, new Date(NOW.getTime() + 10 * 60_000))).toEqual({ ok: false, reason: 'TIMESTAMP_OUTSIDE_WINDOW' });
    const parsed = gateway.parseWebhook(callback, NOW);
    expect(parsed.ok && parsed.webhook.outcome?.payload['amount']).toEqual({ amount: '100.10', currency: 'INR' });
  });
});

describe('SandboxPaymentGateway test identities', () => {
  it('fails every payment from a phone ending in 0000', async () => {
    const gateway = new SandboxPaymentGateway({ webhookSecret: 'x' });
    const link = await gateway.createPaymentLink({ brandId: 'b', loanId: 'l', reference: 'r', amount: Money.of('10'), description: 'd', customer: { name: 'A', phone: '+919800000000' } });
    const parsed = gateway.parseWebhook(gateway.simulatePayment(link.providerLinkId, 'success'), NOW);
    expect(parsed.ok && parsed.webhook.outcome?.type).toBe('payment.failed');
  });
});
