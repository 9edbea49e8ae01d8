import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { CircuitBreaker, CircuitOpenError, ProviderError, callProvider } from '../src/index.js';
import { fetchInto } from './provider-stubs.js';

/** A provider that answers 503 until told to recover, counting the calls that reach it. */
function flakyProvider() {
  let healthy = false;
  let calls = 0;
  const app = new Hono();
  app.get('/thing', (c) => {
    calls += 1;
    return healthy ? c.json({ ok: true }) : c.json({ error: 'unavailable' }, 503);
  });
  app.get('/missing', (c) => {
    calls += 1;
    return c.json({ error: 'not found' }, 404);
  });
  return { app, calls: () => calls, recover: () => (healthy = true) };
}

describe('callProvider', () => {
  it('retries a safe call on 5xx with backoff and gives up with the provider error', async () => {
    const p = flakyProvider();
    const options = { baseUrl: 'http://p.test', fetch: fetchInto(p.app), attempts: 3, backoffMs: 1 };
    await expect(callProvider('P', options, { method: 'GET', path: '/thing', headers: {}, retry: true })).rejects.toBeInstanceOf(ProviderError);
    expect(p.calls()).toBe(3);
    await expect(callProvider('P', options, { method: 'GET', path: '/thing', headers: {}, retry: false })).rejects.toThrow(/HTTP 503/);
    expect(p.calls()).toBe(4);
  });

  it('returns a 4xx as the answer, without retrying', async () => {
    const p = flakyProvider();
    const answer = await callProvider('P', { baseUrl: 'http://p.test', fetch: fetchInto(p.app), backoffMs: 1 }, { method: 'GET', path: '/missing', headers: {}, retry: true });
    expect(answer.status).toBe(404);
    expect(p.calls()).toBe(1);
  });
});

describe('CircuitBreaker', () => {
  it('opens after consecutive failures, lets one trial through after the pause, and closes when it succeeds', async () => {
    const p = flakyProvider();
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 2, openForMs: 10_000, now: () => now });
    const options = { baseUrl: 'http://p.test', fetch: fetchInto(p.app), attempts: 1, breaker };
    const call = () => callProvider('P', options, { method: 'GET', path: '/thing', headers: {}, retry: true });
    await expect(call()).rejects.toBeInstanceOf(ProviderError);
    await expect(call()).rejects.toBeInstanceOf(ProviderError);
    expect(breaker.state()).toBe('open');
    await expect(call()).rejects.toBeInstanceOf(CircuitOpenError);
    expect(p.calls()).toBe(2);
    now = 10_000;
    expect(breaker.state()).toBe('half-open');
    await expect(call()).rejects.toBeInstanceOf(ProviderError);
    expect(breaker.state()).toBe('open');
    now = 20_000;
    p.recover();
    expect((await call()).json).toEqual({ ok: true });
    expect(breaker.state()).toBe('closed');
  });

  it('does not count a 4xx as a failure', async () => {
    const p = flakyProvider();
    const breaker = new CircuitBreaker({ failureThreshold: 1 });
    await callProvider('P', { baseUrl: 'http://p.test', fetch: fetchInto(p.app), breaker }, { method: 'GET', path: '/missing', headers: {}, retry: false });
    expect(breaker.state()).toBe('closed');
  });
});
