import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JwtTokenService } from './auth/token-service.js';
import { createHttpApp } from './http-app.js';
import type { HttpUseCases } from './http-deps.js';

// The app as production serves it: @hono/node-server on a socket, where bodies are read from the Node
// request (app.request() tests never take that path).
const received: unknown[] = [];
let server: ServerType;
const tokens = new JwtTokenService({ secret: 'k'.repeat(40) });
let port: number;

beforeAll(async () => {
  const requestOtp = {
    execute: async (input: unknown) => {
      received.push(input);
      return { ok: true, value: { expiresInSeconds: 300 } };
    },
  };
  const listProducts = { execute: async () => ({ ok: true, value: [] }) };
  const getCustomerLoan = { execute: async (input: { actor: { customerId: string } }) => ({ ok: true, value: { id: 'loan', customerId: input.actor.customerId } }) };
  const app = createHttpApp({
    useCases: { requestOtp, listProducts, getCustomerLoan } as unknown as HttpUseCases,
    tokens,
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    healthChecks: { database: async () => true },
    bodyLimitBytes: 200,
  });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends a request; `chunks` go out with chunked transfer encoding (no content-length), `body` with a length. */
function send(method: string, path: string, options: { body?: string; chunks?: string[]; headers?: Record<string, string> } = {}): Promise<{ status: number; json: any; requestId: string | undefined }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
    if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : undefined, requestId: res.headers['x-request-id'] as string | undefined }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.end(options.body);
    else {
      for (const chunk of options.chunks ?? []) req.write(chunk);
      req.end();
    }
  });
}

const brandId = '00000000-0000-7000-8000-000000000001';

describe('the HTTP app under @hono/node-server', () => {
  it('reads a JSON body with a declared length and hands the use case the validated input', async () => {
    received.length = 0;
    const response = await send('POST', '/api/v1/web/auth/register', { body: JSON.stringify({ brandId, phone: '+919812345678' }) });
    expect(response).toMatchObject({ status: 202, json: { expiresInSeconds: 300 } });
    expect(received).toEqual([{ brandId, phone: '+919812345678' }]);
  });

  it('reads a chunked JSON body too', async () => {
    received.length = 0;
    const body = JSON.stringify({ brandId, phone: '+919812345678' });
    const response = await send('POST', '/api/v1/web/auth/register', { chunks: [body.slice(0, 10), body.slice(10)] });
    expect(response.status).toBe(202);
    expect(received).toEqual([{ brandId, phone: '+919812345678' }]);
  });

  it('answers 400 for a body that is not JSON and names each bad field, writing nothing', async () => {
    received.length = 0;
    const broken = await send('POST', '/api/v1/web/auth/register', { body: '{"brandId": ' });
    expect(broken.status).toBe(400);
    expect(broken.json.error).toBe('INVALID_JSON');
    const invalid = await send('POST', '/api/v1/web/auth/register', { body: JSON.stringify({ brandId: 'nope', phone: '12' }) });
    expect(invalid.status).toBe(400);
    expect(invalid.json.details.map((d: { field: string }) => d.field).sort()).toEqual(['body.brandId', 'body.phone']);
    expect(received).toEqual([]);
  });

  it('refuses a body over the limit with 413, whether its length is declared or streamed', async () => {
    received.length = 0;
    const big = JSON.stringify({ brandId, phone: '+919812345678', padding: 'x'.repeat(300) });
    const declared = await send('POST', '/api/v1/web/auth/register', { body: big });
    expect(declared.status).toBe(413);
    expect(declared.json.error).toBe('PAYLOAD_TOO_LARGE');
    const streamed = await send('POST', '/api/v1/web/auth/register', { chunks: [big.slice(0, 150), big.slice(150)] });
    expect(streamed.status).toBe(413);
    expect(received).toEqual([]);
  });

  it('serves bodiless GET requests', async () => {
    expect(await send('GET', `/api/v1/web/brands/${brandId}/products`)).toMatchObject({ status: 200, json: { items: [] } });
  });

  it('reads the bearer token and the request id from the Node request', async () => {
    const loan = `/api/v1/web/loans/${brandId}`;
    const token = tokens.issue({ kind: 'customer', customerId: 'c1', brandId }).accessToken;
    const signedIn = await send('GET', loan, { headers: { authorization: `Bearer ${token}`, 'x-request-id': 'trace-1' } });
    expect(signedIn).toEqual({ status: 200, json: { id: 'loan', customerId: 'c1' }, requestId: 'trace-1' });
    expect((await send('GET', loan, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
    expect((await send('GET', loan)).status).toBe(401);
  });
});
