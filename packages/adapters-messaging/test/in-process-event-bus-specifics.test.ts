import type { EventMessage } from '@los/application';
import { describe, expect, it, vi } from 'vitest';
import { InProcessEventBus, type BusLogger } from '../src/index.js';
import { skipReason } from './adapter-filter.js';

const wait = { timeout: 5000, interval: 5 };
let sequence = 0;
function event(type: string, payload: Record<string, unknown> = {}): EventMessage {
  sequence += 1;
  return { id: `evt-${sequence}`, type, aggregateType: 'Loan', aggregateId: 'loan-1', brandId: 'brand-1', occurredAt: '2026-01-01T00:00:00.000Z', payload };
}

describe.skipIf(skipReason('memory'))('InProcessEventBus', () => {
  it('routes events published before any subscription to the consumers known at start()', async () => {
    const bus = new InProcessEventBus({ maxAttempts: 1, baseDelayMs: 0 });
    const seen: string[] = [];
    const applied = event('loan.applied');
    await bus.publish([applied]);
    await bus.subscribe({ consumer: 'late', eventTypes: ['loan.applied'], handle: async (m) => void seen.push(m.id) });
    await bus.start();
    await vi.waitFor(() => expect(seen).toEqual([applied.id]), wait);
    await bus.close();
  });

  it('hands each consumer its own copy, serialised like a broker message', async () => {
    const bus = new InProcessEventBus({ maxAttempts: 1, baseDelayMs: 0 });
    const copies: EventMessage[] = [];
    for (const consumer of ['a', 'b']) {
      await bus.subscribe({ consumer, eventTypes: ['*'], handle: async (m) => void copies.push(m) });
    }
    await bus.start();
    const original = event('loan.sanctioned', { amount: { amount: '100.00', currency: 'INR' } });
    await bus.publish([original]);
    await vi.waitFor(() => expect(copies).toHaveLength(2), wait);
    expect(copies[0]).toEqual(original);
    expect(copies[0]).not.toBe(original);
    expect(copies[0]).not.toBe(copies[1]);
    await bus.close();
  });

  it('rejects a batch holding a payload JSON cannot carry, and delivers none of it', async () => {
    const bus = new InProcessEventBus({ maxAttempts: 1, baseDelayMs: 0 });
    const seen: string[] = [];
    await bus.subscribe({ consumer: 'any', eventTypes: ['*'], handle: async (m) => void seen.push(m.id) });
    await bus.start();
    await expect(bus.publish([event('ok'), event('bad', { amount: 10n })])).rejects.toThrow(TypeError);
    await bus.publish([event('after')]);
    await vi.waitFor(() => expect(seen).toHaveLength(1), wait);
    expect(seen).toEqual([`evt-${sequence}`]);
    await bus.close();
  });

  it('refuses a second subscription under the same consumer name', async () => {
    const bus = new InProcessEventBus({ maxAttempts: 1, baseDelayMs: 0 });
    const subscription = { consumer: 'mailer', eventTypes: ['loan.applied'], handle: async () => undefined };
    await bus.subscribe(subscription);
    await expect(bus.subscribe(subscription)).rejects.toThrow(/already subscribed/);
    await bus.close();
  });

  it('caps the backoff at maxDelayMs', async () => {
    const bus = new InProcessEventBus({ maxAttempts: 6, baseDelayMs: 10, maxDelayMs: 10 });
    const at: number[] = [];
    await bus.subscribe({
      consumer: 'capped',
      eventTypes: ['x'],
      handle: async () => {
        at.push(performance.now());
        throw new Error('down');
      },
    });
    await bus.start();
    await bus.publish([event('x')]);
    await vi.waitFor(async () => expect(await bus.listDeadLetters()).toHaveLength(1), wait);
    // Uncapped, the five waits would total 10 + 20 + 40 + 80 + 160 = 310 ms; capped they total 50 ms.
    expect(at).toHaveLength(6);
    expect((at[5] ?? 0) - (at[0] ?? 0)).toBeGreaterThanOrEqual(45);
    expect((at[5] ?? 0) - (at[0] ?? 0)).toBeLessThan(250);
    await bus.close();
  });

  it('logs retries, dead letters and events dropped by close()', async () => {
    const lines: { level: string; message: string }[] = [];
    const logger: BusLogger = (level, message) => void lines.push({ level, message });
    const bus = new InProcessEventBus({ maxAttempts: 2, baseDelayMs: 10_000, logger });
    await bus.subscribe({ consumer: 'noisy', eventTypes: ['x'], handle: async () => Promise.reject(new Error('down')) });
    await bus.start();
    await bus.publish([event('x')]);
    await vi.waitFor(() => expect(lines.map((l) => l.message)).toContain('event handler failed, will retry'), wait);
    // The retry is 10 s away; close() must not wait for it, and must say the event was dropped.
    await bus.close();
    expect(lines).toContainEqual({ level: 'warn', message: 'event bus closed with undelivered events' });
  });
});
