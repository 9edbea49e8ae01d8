import { describe, expect, it } from 'vitest';
import { JwtTokenService } from './auth/token-service.js';
import { createHttpApp } from './http-app.js';
import type { HttpDeps, HttpUseCases } from './http-deps.js';

function app(overrides: Partial<HttpDeps> = {}) {
  const logged: { level: string; object: Record<string, unknown>; message?: string }[] = [];
  const logger = {
    info: (object: Record<string, unknown>, message?: string) => logged.push({ level: 'info', object, ...(message ? { message } : {}) }),
    warn: (object: Record<string, unknown>, message?: string) => logged.push({ level: 'warn', object, ...(message ? { message } : {}) }),
    error: (object: Record<string, unknown>, message?: string) => logged.push({ level: 'error', object, ...(message ? { message } : {}) }),
  };
  const failing = {
    execute: async () => {
      throw new Error('database exploded with secret detail');
    },
  };
  const deps: HttpDeps = {
    useCases: { listProducts: failing } as unknown as HttpUseCases,
    tokens: new JwtTokenService({ secret: 'k'.repeat(40) }),
    logger,
    healthChecks: { database: async () => true, broker: async () => true },
    ...overrides,
  };
  return { app: createHttpApp(deps), logged };
}

describe('createHttpApp', () => {
  it('answers /health 200 when every probe passes and 503 naming the one that fails', async () => {
    expect((await app().app.request('/health')).status).toBe(200);
    const down = app({ healthChecks: { database: async () => true, broker: async () => false, cache: async () => Promise.reject(new Error('ECONNREFUSED')) } });
    const response = await down.app.request('/health');
    expect(response.status).toBe(503);
    const body = (await response.json()) as any;
    expect(body.status).toBe('unavailable');
    expect(body.checks.database.ok).toBe(true);
    expect(body.checks.broker).toMatchObject({ ok: false, error: 'unreachable' });
    expect(body.checks.cache).toMatchObject({ ok: false, error: 'ECONNREFUSED' });
  });

  it('answers unknown routes with the common error shape and echoes a valid request id', async () => {
    const response = await app().app.request('/nope', { headers: { 'x-request-id': 'abc-123' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBe('abc-123');
    expect(await response.json()).toEqual({ statusCode: 404, error: 'NOT_FOUND', message: 'no route for GET /nope', requestId: 'abc-123' });
  });

  it('hides an unexpected failure behind a 500 with the request id, and logs it', async () => {
    const { app: http, logged } = app();
    const response = await http.request('/api/v1/web/brands/00000000-0000-7000-8000-000000000001/products');
    expect(response.status).toBe(500);
    const body = (await response.json()) as any;
    expect(body.error).toBe('INTERNAL');
    expect(JSON.stringify(body)).not.toContain('secret detail');
    const error = logged.find((l) => l.level === 'error');
    expect(error?.object['requestId']).toBe(body.requestId);
  });

  it('refuses oversized bodies with 413 and logs requests without their query strings', async () => {
    const { app: http, logged } = app({ bodyLimitBytes: 100 });
    const response = await http.request('/api/v1/web/auth/register?phone=+919812345678', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(500) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).error).toBe('PAYLOAD_TOO_LARGE');
    expect(JSON.stringify(logged)).not.toContain('9812345678');
  });

  it('requires a bearer token of the right kind on protected routes', async () => {
    const { app: http } = app();
    expect((await http.request('/api/v1/web/loans/00000000-0000-7000-8000-000000000001')).status).toBe(401);
    const staff = new JwtTokenService({ secret: 'k'.repeat(40) }).issue({ kind: 'staff', userId: 'u', superAdmin: true, roles: [] });
    const response = await http.request('/api/v1/web/loans/00000000-0000-7000-8000-000000000001', { headers: { authorization: `Bearer ${staff.accessToken}` } });
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).message).toBe('this route needs a customer token');
  });
});
