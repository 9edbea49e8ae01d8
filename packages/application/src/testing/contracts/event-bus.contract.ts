import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventBus, Subscription } from '../../ports/event-bus.js';
import type { EventMessage } from '../../ports/event-message.js';

/** What the suite asks of a bus: retry settings and a namespace no other bus in the run shares. */
export interface EventBusContractSettings {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  /** Unique per call; the bus keeps its exchange and queues apart under it. */
  readonly namespace: string;
}

/** How an EventBus implementation joins the contract run; `skip` is the reason it cannot run here. */
export interface EventBusContractOptions {
  readonly name: string;
  readonly create: (settings: EventBusContractSettings) => EventBus | Promise<EventBus>;
  readonly skip?: string;
}

interface Received {
  readonly message: EventMessage;
  readonly attempt: number;
  readonly at: number;
}

/** A subscription that records what it receives and fails while `failing` says so. */
function recorder(consumer: string, eventTypes: readonly string[], failing: () => boolean = () => false) {
  const received: Received[] = [];
  const subscription: Subscription = {
    consumer,
    eventTypes,
    async handle(message, delivery) {
      received.push({ message, attempt: delivery.attempt, at: performance.now() });
      if (failing()) throw new Error(`refused ${message.id} on attempt ${delivery.attempt}`);
    },
  };
  return { subscription, received, ids: () => received.map((r) => r.message.id) };
}

let sequence = 0;
function event(type: string, aggregateId = 'agg-1', payload: Record<string, unknown> = {}): EventMessage {
  sequence += 1;
  return {
    id: `evt-${process.pid}-${Date.now()}-${sequence}`,
    type,
    aggregateType: 'Loan',
    aggregateId,
    brandId: 'brand-1',
    occurredAt: new Date().toISOString(),
    payload: { sequence, ...payload },
  };
}

const wait = { timeout: 10_000, interval: 10 };

/**
 * The behaviour every EventBus shares (in-process and broker): routing by event type with fan-out and
 * `*`, per-consumer order, retries with exponential backoff and attempt numbers, dead letters that can
 * be listed, replayed and discarded, delivery of events published before `start()`, and a `close()`
 * that waits for the handler in flight.
 */
export function describeEventBusContract(options: EventBusContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`EventBus contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const opened: EventBus[] = [];
    let runs = 0;

    async function bus(settings: { maxAttempts?: number; baseDelayMs?: number } = {}): Promise<EventBus> {
      runs += 1;
      const namespace = `los-test-${process.pid}-${Date.now().toString(36)}-${runs}`;
      const created = await options.create({ maxAttempts: settings.maxAttempts ?? 3, baseDelayMs: settings.baseDelayMs ?? 20, namespace });
      opened.push(created);
      return created;
    }

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((b) => b.close()));
    });

    it('delivers an event only to the consumers subscribed to its type', async () => {
      const b = await bus();
      const approvals = recorder('approvals', ['loan.approved']);
      const rejections = recorder('rejections', ['loan.rejected']);
      await b.subscribe(approvals.subscription);
      await b.subscribe(rejections.subscription);
      await b.start();
      const approved = event('loan.approved');
      const rejected = event('loan.rejected');
      await b.publish([approved]);
      await b.publish([rejected]);
      await vi.waitFor(() => expect(rejections.ids()).toEqual([rejected.id]), wait);
      await vi.waitFor(() => expect(approvals.ids()).toEqual([approved.id]), wait);
      // The rejection was routed after the approval, so had the approval reached this queue it would have come first.
      expect(rejections.ids()).not.toContain(approved.id);
      expect(approvals.received[0]?.message).toEqual(approved);
      expect(approvals.received[0]?.attempt).toBe(1);
    });

    it('fans one event out to every consumer of its type', async () => {
      const b = await bus();
      const mailer = recorder('mailer', ['loan.disbursed']);
      const ledger = recorder('ledger', ['loan.disbursed']);
      await b.subscribe(mailer.subscription);
      await b.subscribe(ledger.subscription);
      await b.start();
      const disbursed = event('loan.disbursed', 'agg-9', { amount: { amount: '50000.00', currency: 'INR' } });
      await b.publish([disbursed]);
      await vi.waitFor(() => expect(mailer.ids()).toEqual([disbursed.id]), wait);
      await vi.waitFor(() => expect(ledger.ids()).toEqual([disbursed.id]), wait);
      expect(ledger.received[0]?.message.payload).toEqual(disbursed.payload);
    });

    it('delivers every type to a `*` consumer', async () => {
      const b = await bus();
      const audit = recorder('audit', ['*']);
      const narrow = recorder('narrow', ['loan.closed']);
      await b.subscribe(audit.subscription);
      await b.subscribe(narrow.subscription);
      await b.start();
      const events = [event('loan.applied'), event('loan.closed'), event('customer.registered')];
      await b.publish(events);
      await vi.waitFor(() => expect(audit.ids()).toEqual(events.map((e) => e.id)), wait);
      await vi.waitFor(() => expect(narrow.ids()).toEqual([events[1]?.id]), wait);
    });

    it('keeps the order of one aggregate’s events for a consumer', async () => {
      const b = await bus();
      const history = recorder('history', ['loan.step']);
      await b.subscribe(history.subscription);
      await b.start();
      const batch = Array.from({ length: 15 }, () => event('loan.step', 'agg-ordered'));
      const single = Array.from({ length: 10 }, () => event('loan.step', 'agg-ordered'));
      await b.publish(batch);
      for (const e of single) await b.publish([e]);
      const expected = [...batch, ...single].map((e) => e.id);
      await vi.waitFor(() => expect(history.ids()).toHaveLength(expected.length), wait);
      expect(history.ids()).toEqual(expected);
    });

    it('retries a failing handler with attempts 1..n and growing delays', async () => {
      const baseDelayMs = 40;
      const b = await bus({ maxAttempts: 4, baseDelayMs });
      let failures = 3;
      const flaky = recorder('flaky', ['loan.sanctioned'], () => failures-- > 0);
      await b.subscribe(flaky.subscription);
      await b.start();
      const sanctioned = event('loan.sanctioned');
      await b.publish([sanctioned]);
      await vi.waitFor(() => expect(flaky.received).toHaveLength(4), wait);
      expect(flaky.received.map((r) => r.attempt)).toEqual([1, 2, 3, 4]);
      expect(flaky.ids()).toEqual([sanctioned.id, sanctioned.id, sanctioned.id, sanctioned.id]);
      // Waits are lower bounds (a busy machine only adds time): 40, 80, 160 ms, less timer granularity.
      const gaps = flaky.received.slice(1).map((r, i) => r.at - (flaky.received[i]?.at ?? 0));
      gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(baseDelayMs * 2 ** i - 5));
      expect(await b.listDeadLetters('flaky')).toEqual([]);
    });

    it('dead-letters an event after maxAttempts with the last error', async () => {
      const b = await bus({ maxAttempts: 3, baseDelayMs: 20 });
      const broken = recorder('broken', ['loan.written-off'], () => true);
      const healthy = recorder('steady', ['loan.written-off']);
      await b.subscribe(broken.subscription);
      await b.subscribe(healthy.subscription);
      await b.start();
      const writtenOff = event('loan.written-off');
      await b.publish([writtenOff]);
      await vi.waitFor(async () => expect(await b.listDeadLetters('broken')).toHaveLength(1), wait);
      const [dead] = await b.listDeadLetters('broken');
      expect(dead?.consumer).toBe('broken');
      expect(dead?.message).toEqual(writtenOff);
      expect(dead?.attempts).toBe(3);
      expect(dead?.lastError).toContain(`refused ${writtenOff.id} on attempt 3`);
      expect(Number.isNaN(Date.parse(dead?.deadAt ?? ''))).toBe(false);
      expect(broken.received.map((r) => r.attempt)).toEqual([1, 2, 3]);
      expect(healthy.ids()).toEqual([writtenOff.id]);
      expect(await b.listDeadLetters('steady')).toEqual([]);
      expect((await b.listDeadLetters()).map((d) => d.id)).toEqual([dead?.id]);
    });

    it('replays a dead letter to its consumer, starting again at attempt 1', async () => {
      const b = await bus({ maxAttempts: 2, baseDelayMs: 20 });
      let down = true;
      const payouts = recorder('payouts', ['loan.disbursal-requested'], () => down);
      await b.subscribe(payouts.subscription);
      await b.start();
      const requested = event('loan.disbursal-requested');
      await b.publish([requested]);
      await vi.waitFor(async () => expect(await b.listDeadLetters('payouts')).toHaveLength(1), wait);
      const [dead] = await b.listDeadLetters('payouts');
      down = false;
      expect(await b.replayDeadLetter(dead?.id ?? '')).toBe(true);
      await vi.waitFor(() => expect(payouts.received).toHaveLength(3), wait);
      expect(payouts.received[2]).toMatchObject({ message: requested, attempt: 1 });
      expect(await b.listDeadLetters('payouts')).toEqual([]);
      expect(await b.replayDeadLetter(dead?.id ?? '')).toBe(false);
      expect(await b.replayDeadLetter('payouts:no-such-letter')).toBe(false);
    });

    it('discards a dead letter for good', async () => {
      const b = await bus({ maxAttempts: 1, baseDelayMs: 20 });
      const refuser = recorder('refuser', ['loan.noc-requested'], () => true);
      await b.subscribe(refuser.subscription);
      await b.start();
      const first = event('loan.noc-requested');
      const second = event('loan.noc-requested');
      await b.publish([first, second]);
      await vi.waitFor(async () => expect(await b.listDeadLetters('refuser')).toHaveLength(2), wait);
      const letters = await b.listDeadLetters('refuser');
      const target = letters.find((d) => d.message.id === first.id);
      expect(await b.discardDeadLetter(target?.id ?? '')).toBe(true);
      expect((await b.listDeadLetters('refuser')).map((d) => d.message.id)).toEqual([second.id]);
      expect(await b.discardDeadLetter(target?.id ?? '')).toBe(false);
      expect(await b.replayDeadLetter(target?.id ?? '')).toBe(false);
      expect(refuser.ids()).toEqual([first.id, second.id]);
    });

    it('delivers events published before start() once started', async () => {
      const b = await bus();
      const early = recorder('early', ['loan.applied']);
      await b.subscribe(early.subscription);
      const events = [event('loan.applied'), event('loan.applied')];
      await b.publish(events);
      expect(early.received).toEqual([]);
      await b.start();
      await vi.waitFor(() => expect(early.ids()).toEqual(events.map((e) => e.id)), wait);
    });

    it('waits in close() for the handler in flight', async () => {
      const b = await bus();
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let started = false;
      let finished = false;
      await b.subscribe({
        consumer: 'slow',
        eventTypes: ['loan.closed'],
        async handle() {
          started = true;
          await gate;
          finished = true;
        },
      });
      await b.start();
      await b.publish([event('loan.closed')]);
      await vi.waitFor(() => expect(started).toBe(true), wait);
      let closed = false;
      const closing = b.close().then(() => (closed = true));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(closed).toBe(false);
      release();
      await closing;
      expect(finished).toBe(true);
    });

    it('reports healthy while it can publish, and not after close()', async () => {
      const b = await bus();
      await b.subscribe(recorder('probe', ['loan.applied']).subscription);
      await b.start();
      expect(await b.healthy()).toBe(true);
      await b.close();
      expect(await b.healthy()).toBe(false);
      await expect(b.publish([event('loan.applied')])).rejects.toThrow();
    });
  });
}
