import { describeMessageSenderContract } from '@los/application/testing';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { SandboxMessageSender, TwilioMessageSender } from '../src/index.js';

describeMessageSenderContract({
  name: 'SandboxMessageSender',
  create: async () => {
    const sender = new SandboxMessageSender();
    return { sender, delivered: async (to) => sender.sentTo(to).map((d) => d.text) };
  },
});

/**
 * A local stand-in for Twilio's Messages endpoint that checks what the real API requires: basic auth with
 * the account SID and token, form-encoded To/From/Body, and answers 201 with a message `sid`.
 */
function twilioStub(accountSid: string, authToken: string) {
  const received: { to: string; from: string; body: string }[] = [];
  const app = new Hono();
  app.post('/2010-04-01/Accounts/:sid/Messages.json', async (c) => {
    const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
    if (c.req.header('authorization') !== expected || c.req.param('sid') !== accountSid) {
      return c.json({ code: 20003, message: 'Authenticate', status: 401 }, 401);
    }
    if (!c.req.header('content-type')?.startsWith('application/x-www-form-urlencoded')) return c.json({ code: 21000, message: 'bad content type' }, 400);
    const form = new URLSearchParams(await c.req.text());
    const to = form.get('To');
    const from = form.get('From');
    const body = form.get('Body');
    if (!to || !from || !body) return c.json({ code: 21604, message: "A 'To' phone number is required." }, 400);
    received.push({ to, from, body });
    return c.json({ sid: `SM${String(received.length).padStart(32, '0')}`, status: 'queued', to, from, body }, 201);
  });
  return { app, received };
}

describeMessageSenderContract({
  name: 'TwilioMessageSender against a stub of the Twilio Messages API',
  create: async () => {
    const stub = twilioStub('AC123', 'secret');
    const sender = new TwilioMessageSender({ accountSid: 'AC123', authToken: 'secret', from: '+15005550006', baseUrl: 'http://twilio.test', fetch: (input, init) => Promise.resolve(stub.app.request(String(input), init)) });
    return { sender, delivered: async (to) => stub.received.filter((r) => r.to === to).map((r) => r.body) };
  },
});

describe('TwilioMessageSender', () => {
  it('reports the provider error when credentials are wrong', async () => {
    const stub = twilioStub('AC123', 'secret');
    const sender = new TwilioMessageSender({ accountSid: 'AC123', authToken: 'wrong', from: '+1', baseUrl: 'http://twilio.test', fetch: (input, init) => Promise.resolve(stub.app.request(String(input), init)) });
    await expect(sender.send({ brandId: 'b', channel: 'SMS', to: '+91981', template: 'otp', variables: { otp: '1', brand: 'A', minutes: '5' } })).rejects.toThrow(/401 20003/);
    expect(stub.received).toHaveLength(0);
  });

  it('prefixes WhatsApp recipients', async () => {
    const stub = twilioStub('AC1', 't');
    const sender = new TwilioMessageSender({ accountSid: 'AC1', authToken: 't', from: 'whatsapp:+1', baseUrl: 'http://twilio.test', fetch: (input, init) => Promise.resolve(stub.app.request(String(input), init)) });
    await sender.send({ brandId: 'b', channel: 'WHATSAPP', to: '+919800011122', template: 'otp', variables: { otp: '9', brand: 'A', minutes: '5' } });
    expect(stub.received[0]?.to).toBe('whatsapp:+919800011122');
  });
});

describe('SandboxMessageSender test identities', () => {
  it('bounces recipients ending in 0000', async () => {
    const sender = new SandboxMessageSender();
    await expect(sender.send({ brandId: 'b', channel: 'SMS', to: '+919800000000', template: 'otp', variables: { otp: '1', brand: 'A', minutes: '5' } })).rejects.toThrow(/SANDBOX_UNDELIVERABLE/);
    expect(sender.sentTo('+919800000000')).toHaveLength(0);
  });
});
