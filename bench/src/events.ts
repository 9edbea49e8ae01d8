import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventMessage, RelayOutbox, idempotentSubscription } from '@los/application';
import { connectInfrastructure, createLogger, parseConfig } from '@los/composition';
import amqp from 'amqplib';
import pg from 'pg';
import { type Measurement, report } from './stats.js';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 5000);
const BATCH = 100;
const PREFETCH = 10;

function event(n: number): EventMessage {
  return { id: randomUUID(), type: 'loan.applied', aggregateType: 'loan', aggregateId: `loan-${n}`, brandId: 'brand-bench', occurredAt: new Date().toISOString(), payload: { amount: { amount: '25000.00', currency: 'INR' }, tenure: 12 } };
}

async function until(done: () => Promise<boolean> | boolean, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('benchmark timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * The LOS path: events committed to the outbox (batches of 100 per transaction), relayed to RabbitMQ with
 * persistent messages and publisher confirms, consumed by an idempotent consumer that records each event
 * in `processed_messages` in its own transaction before acking. Timed from the first outbox write to the
 * last processed record.
 */
async function losPipeline(databaseUrl: string, amqpUrl: string): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), 'los-bench-'));
  const parsed = parseConfig({ LOG_LEVEL: 'silent', LOS_DATA_DIR: dir, DATABASE_URL: databaseUrl, AMQP_URL: amqpUrl, LOS_NAMESPACE: `bench${randomBytes(4).toString('hex')}`, DATABASE_POOL_SIZE: '10' });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const infra = await connectInfrastructure(parsed.config, createLogger({ level: 'silent', name: 'bench' }));
  let consumed = 0;
  try {
    await infra.bus.subscribe(
      idempotentSubscription({ consumer: 'bench-consumer', eventTypes: ['loan.applied'], unitOfWork: infra.unitOfWork, clock: { now: () => new Date() }, handle: async () => undefined, onOutcome: () => void (consumed += 1) }),
    );
    await infra.bus.start();
    const relay = new RelayOutbox({ outboxStore: infra.outboxStore, publisher: infra.bus });
    const started = performance.now();
    let relaying = true;
    const relayLoop = (async () => {
      while (relaying) if ((await relay.execute({ batchSize: BATCH })) === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    })();
    for (let n = 0; n < EVENTS; n += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, EVENTS - n) }, (_, i) => event(n + i));
      await infra.unitOfWork.run((repositories) => repositories.outbox.append(batch));
    }
    await until(() => consumed >= EVENTS);
    const seconds = (performance.now() - started) / 1000;
    relaying = false;
    await relayLoop;
    return { name: 'outbox → RabbitMQ → idempotent consumer', perSecond: EVENTS / seconds };
  } finally {
    await infra.bus.close();
    await (infra.bus as { deleteTopology?: () => Promise<void> }).deleteTopology?.();
    await infra.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The baseline: amqplib alone, persistent messages with confirms into a durable quorum queue, consumed with manual acks. */
async function rawAmqp(amqpUrl: string): Promise<Measurement> {
  const connection = await amqp.connect(amqpUrl);
  const queue = `bench-raw-${randomBytes(4).toString('hex')}`;
  try {
    const publisher = await connection.createConfirmChannel();
    const consumer = await connection.createChannel();
    await publisher.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    await consumer.prefetch(PREFETCH);
    let consumed = 0;
    await consumer.consume(queue, (message) => {
      if (!message) return;
      consumer.ack(message);
      consumed += 1;
    });
    const started = performance.now();
    for (let n = 0; n < EVENTS; n += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, EVENTS - n) }, (_, i) => event(n + i));
      await Promise.all(
        batch.map(
          (e) =>
            new Promise<void>((resolve, reject) =>
              publisher.sendToQueue(queue, Buffer.from(JSON.stringify(e)), { persistent: true, messageId: e.id, contentType: 'application/json' }, (error: unknown) => (error ? reject(error) : resolve())),
            ),
        ),
      );
    }
    await until(() => consumed >= EVENTS);
    const seconds = (performance.now() - started) / 1000;
    await publisher.deleteQueue(queue);
    return { name: 'raw amqplib publish/consume (confirms, persistent)', perSecond: EVENTS / seconds };
  } finally {
    await connection.close();
  }
}

/** `pnpm bench events`: events per second through the LOS path against raw amqplib, with the ratio. */
export async function run(): Promise<void> {
  const adminUrl = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
  const amqpUrl = process.env['BENCH_AMQP_URL'] ?? process.env['TEST_AMQP_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672';
  const name = `los_bench_events_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    // Baseline first and last would average out drift; one each keeps the run short on a shared machine.
    const raw = await rawAmqp(amqpUrl);
    const los = await losPipeline(url.toString(), amqpUrl);
    report(`events: ${EVENTS} through the broker (batch ${BATCH}, prefetch ${PREFETCH})`, [raw, los], raw.name);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
