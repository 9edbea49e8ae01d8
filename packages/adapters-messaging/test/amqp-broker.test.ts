import { randomUUID } from 'node:crypto';
import type { EventMessage, Subscription } from '@los/application';
import amqp, { type ChannelModel } from 'amqplib';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { AmqpEventBus, type AmqpEventBusOptions } from '../src/index.js';
import { skipReason } from './adapter-filter.js';

const url = process.env['TEST_AMQP_URL'];
const wait = { timeout: 10_000, interval: 20 };
const buses: AmqpEventBus[] = [];
const dialled: ChannelModel[] = [];

function bus(overrides: Partial<AmqpEventBusOptions> = {}): { bus: AmqpEventBus; namespace: string } {
  const namespace = `los-test-${randomUUID()}`;
  const created = new AmqpEventBus({
    url: url ?? '',
    exchange: `${namespace}.events`,
    queuePrefix: namespace,
    maxAttempts: 3,
    baseDelayMs: 20,
    reconnectDelayMs: 50,
    connect: async (target) => {
      const connection = await amqp.connect(target);
      dialled.push(connection);
      return connection;
    },
    ...overrides,
  });
  buses.push(created);
  return { bus: created, namespace };
}

function event(type: string): EventMessage {
  return { id: randomUUID(), type, aggregateType: 'Loan', aggregateId: 'loan-1', brandId: 'brand-1', occurredAt: new Date().toISOString(), payload: { amount: { amount: '1000.00', currency: 'INR' } } };
}

function recorder(consumer: string, eventTypes: string[], handle: (message: EventMessage) => Promise<void> = async () => undefined) {
  const received: { id: string; attempt: number }[] = [];
  const subscription: Subscription = {
    consumer,
    eventTypes,
    async handle(message, delivery) {
      received.push({ id: message.id, attempt: delivery.attempt });
      await handle(message);
    },
  };
  return { subscription, received };
}

/** Runs `work` on a channel of a separate connection; a channel error (e.g. 406, 404) becomes the rejection. */
async function onBroker<T>(work: (channel: amqp.Channel) => Promise<T>): Promise<T> {
  const connection = await amqp.connect(url ?? '');
  const channel = await connection.createChannel();
  channel.on('error', () => undefined);
  try {
    return await work(channel);
  } finally {
    await connection.close().catch(() => undefined);
  }
}

/** Cuts the socket under the bus, as a broker restart or a network fault would. */
function cut(connection: ChannelModel | undefined): void {
  (connection as unknown as { connection: { stream: { destroy(error: Error): void } } }).connection.stream.destroy(new Error('connection cut by test'));
}

afterEach(async () => {
  await Promise.all(buses.map((b) => b.close()));
});

afterAll(async () => {
  for (const b of buses.splice(0)) await b.deleteTopology();
});

describe.skipIf(skipReason('amqp', 'TEST_AMQP_URL'))('AmqpEventBus against RabbitMQ', () => {
  it('publishes persistent messages carrying the event id, kept for a consumer subscribed before start', async () => {
    const { bus: b, namespace } = bus();
    await b.subscribe(recorder('keeper', ['loan.applied']).subscription);
    const applied = event('loan.applied');
    await b.publish([applied]);
    const got = await onBroker((channel) => channel.get(`${namespace}.keeper`, { noAck: true }));
    expect(got).not.toBe(false);
    if (got === false) return;
    expect(got.properties.deliveryMode).toBe(2);
    expect(got.properties.messageId).toBe(applied.id);
    expect(got.fields.routingKey).toBe('loan.applied');
    expect(JSON.parse(got.content.toString('utf8'))).toEqual(applied);
  });

  it('declares the consumer queue as a quorum queue and one delay queue per distinct wait', async () => {
    const { bus: b, namespace } = bus({ maxAttempts: 5, baseDelayMs: 20, maxDelayMs: 40 });
    await b.subscribe(recorder('shape', ['loan.applied']).subscription);
    await b.start();
    await expect(onBroker((channel) => channel.assertQueue(`${namespace}.shape`, { durable: true }))).rejects.toThrow();
    await expect(onBroker((channel) => channel.assertQueue(`${namespace}.shape`, { durable: true, arguments: { 'x-queue-type': 'quorum' } }))).resolves.toMatchObject({ queue: `${namespace}.shape` });
    // Waits 20, 40, 40, 40 (capped): two delay queues, none for 80 ms.
    await expect(onBroker((channel) => channel.checkQueue(`${namespace}.shape.retry.20ms`))).resolves.toBeTruthy();
    await expect(onBroker((channel) => channel.checkQueue(`${namespace}.shape.retry.40ms`))).resolves.toBeTruthy();
    await expect(onBroker((channel) => channel.checkQueue(`${namespace}.shape.retry.80ms`))).rejects.toThrow();
    await expect(onBroker((channel) => channel.checkQueue(`${namespace}.shape.dlq`))).resolves.toBeTruthy();
  });

  it('is unhealthy and refuses to publish while disconnected, then reconnects and consumes again', async () => {
    const { bus: b } = bus();
    const watcher = recorder('watcher', ['loan.sanctioned']);
    await b.subscribe(watcher.subscription);
    await b.start();
    const before = event('loan.sanctioned');
    await b.publish([before]);
    await vi.waitFor(() => expect(watcher.received.map((r) => r.id)).toEqual([before.id]), wait);
    const dialledBefore = dialled.length;
    cut(dialled.at(-1));
    await vi.waitFor(async () => expect(await b.healthy()).toBe(false), wait);
    await expect(b.publish([event('loan.sanctioned')])).rejects.toThrow(/disconnected/);
    await vi.waitFor(async () => expect(await b.healthy()).toBe(true), wait);
    expect(dialled.length).toBeGreaterThan(dialledBefore);
    const after = event('loan.sanctioned');
    await b.publish([after]);
    // `before` may come twice: its ack can be lost with the socket (at least once).
    await vi.waitFor(() => expect([...new Set(watcher.received.map((r) => r.id))]).toEqual([before.id, after.id]), wait);
  });

  it('redelivers a message whose handler was running when the connection dropped', async () => {
    const { bus: b } = bus();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const inFlight = recorder('inflight', ['loan.disbursed'], () => gate);
    await b.subscribe(inFlight.subscription);
    await b.start();
    const disbursed = event('loan.disbursed');
    await b.publish([disbursed]);
    await vi.waitFor(() => expect(inFlight.received).toHaveLength(1), wait);
    cut(dialled.at(-1));
    release();
    // The ack could not reach the broker, so the message comes again: at least once, never lost.
    await vi.waitFor(() => expect(inFlight.received.length).toBeGreaterThanOrEqual(2), wait);
    expect(inFlight.received.every((r) => r.id === disbursed.id)).toBe(true);
  });

  it('keeps retry state in headers, so a dead letter records every attempt across delay queues', async () => {
    const { bus: b, namespace } = bus({ maxAttempts: 3, baseDelayMs: 20 });
    const failing = recorder('failing', ['loan.closed'], async () => {
      throw new Error('ledger unavailable');
    });
    await b.subscribe(failing.subscription);
    await b.start();
    await b.publish([event('loan.closed')]);
    await vi.waitFor(async () => expect(await b.listDeadLetters('failing')).toHaveLength(1), wait);
    const got = await onBroker((channel) => channel.get(`${namespace}.failing.dlq`));
    expect(got && got.properties.headers?.['x-los-last-error']).toBe('Error: ledger unavailable');
    expect(got && got.properties.headers?.['x-los-attempt']).toBe(3);
  });

  it('lists dead letters of a consumer it does not subscribe, as an operator process would', async () => {
    const { bus: worker, namespace } = bus({ maxAttempts: 1 });
    await worker.subscribe(recorder('refuser', ['loan.applied'], async () => Promise.reject(new Error('no'))).subscription);
    await worker.start();
    await worker.publish([event('loan.applied')]);
    await vi.waitFor(async () => expect(await worker.listDeadLetters('refuser')).toHaveLength(1), wait);
    const operator = new AmqpEventBus({ url: url ?? '', exchange: `${namespace}.events`, queuePrefix: namespace, maxAttempts: 1, baseDelayMs: 20 });
    try {
      const [letter] = await operator.listDeadLetters('refuser');
      expect(letter?.consumer).toBe('refuser');
      expect(await operator.discardDeadLetter(letter?.id ?? '')).toBe(true);
      expect(await worker.listDeadLetters('refuser')).toEqual([]);
      expect(await operator.listDeadLetters('nobody')).toEqual([]);
    } finally {
      await operator.close();
    }
  });
});
