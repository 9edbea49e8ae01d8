import { describeESignProviderContract } from '@los/application/testing';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { DigioESignProvider, SandboxESignProvider } from '../src/index.js';
import { fetchInto, hasBasicAuth, hmac } from './provider-stubs.js';

const NOW = new Date('2026-03-01T09:00:00.000Z');

/** A stand-in for Digio's document upload and status endpoints and its checksum-signed webhooks. */
function digioStub(clientId: string, clientSecret: string, webhookSecret: string) {
  const documents = new Map<string, { status: string; notes: Record<string, string>; pdf: Buffer }>();
  let n = 0;
  const app = new Hono();
  app.post('/v2/client/document/uploadpdf', async (c) => {
    if (!hasBasicAuth(c.req.header('authorization'), clientId, clientSecret)) return c.json({ code: 'UNAUTHORIZED', message: 'Invalid credentials' }, 401);
    const body = (await c.req.json()) as { signers?: { identifier: string }[]; file_data?: string; notes?: Record<string, string> };
    const pdf = Buffer.from(body.file_data ?? '', 'base64');
    if (!body.signers?.length || !pdf.subarray(0, 5).equals(Buffer.from('%PDF-'))) return c.json({ code: 'BAD_REQUEST', message: 'a PDF and at least one signer are required' }, 400);
    const id = `DID${String(++n).padStart(16, '0')}`;
    documents.set(id, { status: 'requested', notes: body.notes ?? {}, pdf });
    return c.json({ id, agreement_status: 'requested', signing_parties: body.signers.map((s) => ({ identifier: s.identifier, status: 'requested' })) });
  });
  app.get('/v2/client/document/:id', (c) => {
    if (!hasBasicAuth(c.req.header('authorization'), clientId, clientSecret)) return c.json({ code: 'UNAUTHORIZED' }, 401);
    const d = documents.get(c.req.param('id'));
    return d ? c.json({ id: c.req.param('id'), agreement_status: d.status }) : c.json({ code: 'NOT_FOUND', message: 'Document not found' }, 404);
  });
  async function sign(id: string, outcome: 'sign' | 'decline') {
    const d = documents.get(id)!;
    d.status = outcome === 'sign' ? 'completed' : 'declined';
    const rawBody = JSON.stringify({ id: `WHK${String(++n).padStart(16, '0')}`, event: outcome === 'sign' ? 'doc.signed' : 'doc.declined', entities: ['document'], payload: { document: { id, agreement_status: d.status, notes: d.notes } }, created_at: NOW.getTime() });
    return { rawBody, headers: { 'x-digio-checksum': await hmac(webhookSecret, rawBody, 'hex') } };
  }
  return { app, sign, documents };
}

describeESignProviderContract({
  name: 'SandboxESignProvider',
  create: async () => {
    const esign = new SandboxESignProvider({ webhookSecret: 'sbx' });
    return { esign, sign: async (id, outcome) => esign.simulateSigning(id, outcome), now: NOW };
  },
});

describeESignProviderContract({
  name: 'DigioESignProvider against a stub of the Digio document API',
  create: async () => {
    const stub = digioStub('ACK1', 'sec', 'wh');
    const esign = new DigioESignProvider({ clientId: 'ACK1', clientSecret: 'sec', webhookSecret: 'wh', baseUrl: 'http://digio.test', fetch: fetchInto(stub.app), backoffMs: 1 });
    return { esign, sign: (id, outcome) => stub.sign(id, outcome), now: NOW };
  },
});

describe('DigioESignProvider', () => {
  it('uploads the PDF bytes unchanged and refuses a callback signed with another secret', async () => {
    const stub = digioStub('a', 'b', 'right');
    const esign = new DigioESignProvider({ clientId: 'a', clientSecret: 'b', webhookSecret: 'right', baseUrl: 'http://digio.test', fetch: fetchInto(stub.app) });
    const pdf = new TextEncoder().encode('%PDF-1.7\nbody\n%%EOF\n');
    const requested = await esign.requestSignature({ brandId: 'b', loanId: 'l', documentName: 'a.pdf', pdf, signer: { name: 'A', phone: '+919800000001' }, expiresInDays: 3 });
    expect(stub.documents.get(requested.providerDocumentId)?.pdf.equals(Buffer.from(pdf))).toBe(true);
    const callback = await stub.sign(requested.providerDocumentId, 'sign');
    const forged = { ...callback, headers: { 'x-digio-checksum': await hmac('wrong', callback.rawBody, 'hex') } };
    expect(esign.parseWebhook(forged, NOW)).toEqual({ ok: false, reason: 'SIGNATURE_INVALID' });
  });
});

describe('SandboxESignProvider test identities', () => {
  it('declines for a signer whose phone ends in 0000', async () => {
    const esign = new SandboxESignProvider({ webhookSecret: 'x' });
    const r = await esign.requestSignature({ brandId: 'b', loanId: 'l', documentName: 'a.pdf', pdf: new Uint8Array([37]), signer: { name: 'A', phone: '+919800000000' }, expiresInDays: 3 });
    const parsed = esign.parseWebhook(esign.simulateSigning(r.providerDocumentId, 'sign'), NOW);
    expect(parsed.ok && parsed.webhook.outcome?.type).toBe('esign.declined');
  });
});
