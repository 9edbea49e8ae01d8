import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Delivery, type EventMessage, type IdempotentContext, RelayOutbox, type Subscription, idempotentSubscription } from '@los/application';
import { type Infrastructure, connectInfrastructure, createLogger, parseConfig } from '@los/composition';
import { WorkerRuntime } from '../src/worker-runtime.js';

export const CONSUMER = 'proof-consumer';

/** A step of a multi-step event sequence: step n of an aggregate is valid only after step n−1. */
export function stepEvent(aggregateId: string, step: number, extra: Record<string, unknown> = {}): EventMessage {
  return { id: randomUUID(), type: 'proof.step', aggregateType: 'proof', aggregateId, brandId: 'brand-proof', occurredAt: new Date().toISOString(), payload: { step, ...extra } };
}

/**
 * The consumer's effect: a `proof.effect` row in the outbox, written in the consumer's transaction. It
 * refuses a step whose predecessor is not applied yet (the refusal rolls back, and the bus redelivers it
 * later), so effects land in a valid order however the deliveries arrive.
 */
export async function applyStep(message: EventMessage, { repositories, now }: IdempotentContext): Promise<void> {
  const step = Number(message.payload['step']);
  const order = `proof-order:${message.aggregateId}`;
  if (step > 1 && (await repositories.processedMessages.markProcessed(order, `step-${step - 1}`, now))) {
    throw new Error(`step ${step} of ${message.aggregateId} arrived before step ${step - 1}`);
  }
  await repositories.processedMessages.markProcessed(order, `step-${step}`, now);
  await repositories.outbox.append([
    { id: randomUUID(), type: 'proof.effect', aggregateType: 'proof', aggregateId: message.aggregateId, brandId: message.brandId, occurredAt: now.toISOString(), payload: { source: message.id, step } },
  ]);
}

export interface PipelineOptions {
  /** Extra environment: DATABASE_URL, AMQP_URL, LOS_NAMESPACE, BUS_* … (embedded adapters when absent). */
  readonly env?: Record<string, string>;
  /** Whether this process consumes; false for a publisher-only pipeline. */
  readonly consume?: boolean;
  readonly handle?: (message: EventMessage, context: IdempotentContext) => Promise<void>;
  /** Wraps the idempotent subscription (e.g. to stall after the commit). */
  readonly wrap?: (subscription: Subscription) => Subscription;
}

/** The outbox → relay → bus → idempotent consumer path, built with the app's own infrastructure code. */
export interface Pipeline {
  readonly infra: Infrastructure;
  readonly runtime: WorkerRuntime;
  readonly outcomes: { readonly id: string; readonly outcome: 'applied' | 'duplicate'; readonly attempt: number }[];
  /** Writes events to the outbox in one transaction, as a use case does with its state change. */
  produce(messages: readonly EventMessage[]): Promise<void>;
  /** The effects in the order they were committed. */
  effects(): Promise<{ readonly aggregateId: string; readonly source: string; readonly step: number }[]>;
  pendingInOutbox(): Promise<number>;
  stop(): Promise<void>;
}

export async function startPipeline(options: PipelineOptions = {}): Promise<Pipeline> {
  const dir = mkdtempSync(join(tmpdir(), 'los-proof-'));
  const parsed = parseConfig({ LOG_LEVEL: 'silent', BCRYPT_COST: '4', LOS_DATA_DIR: dir, BUS_MAX_ATTEMPTS: '10', BUS_BASE_DELAY_MS: '50', DATABASE_POOL_SIZE: '4', ...options.env });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const logger = createLogger({ level: 'silent', name: 'proof' });
  const infra = await connectInfrastructure(parsed.config, logger);
  const outcomes: Pipeline['outcomes'] = [];
  const subscription = idempotentSubscription({
    consumer: CONSUMER,
    eventTypes: ['proof.step'],
    unitOfWork: infra.unitOfWork,
    clock: { now: () => new Date() },
    handle: options.handle ?? applyStep,
    onOutcome: (message, outcome, delivery: Delivery) => outcomes.push({ id: message.id, outcome, attempt: delivery.attempt }),
  });
  const runtime = new WorkerRuntime({
    bus: infra.bus,
    relay: new RelayOutbox({ outboxStore: infra.outboxStore, publisher: infra.bus }),
    subscriptions: options.consume === false ? [] : [options.wrap ? options.wrap(subscription) : subscription],
    logger,
    relayIntervalMs: 20,
    relayBatchSize: 50,
  });
  const db = infra.database.db;
  return {
    infra,
    runtime,
    outcomes,
    produce: (messages) => infra.unitOfWork.run((repositories) => repositories.outbox.append(messages)),
    async effects() {
      const rows = await db.selectFrom('outbox').select(['aggregate_id', 'payload']).where('type', '=', 'proof.effect').orderBy('seq').execute();
      return rows.map((r) => ({ aggregateId: r.aggregate_id, source: String(r.payload['source']), step: Number(r.payload['step']) }));
    },
    async pendingInOutbox() {
      return (await infra.outboxStore.backlog(new Date())).pending;
    },
    async stop() {
      await runtime.stop().catch(() => undefined);
      await (infra.bus as { deleteTopology?: () => Promise<void> }).deleteTopology?.().catch(() => undefined);
      await infra.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every produced event has exactly one effect, and each aggregate's effects are in step order. */
export function expectOncePerEventInOrder(produced: readonly EventMessage[], effects: Awaited<ReturnType<Pipeline['effects']>>): string[] {
  const problems: string[] = [];
  const bySource = new Map<string, number>();
  for (const effect of effects) bySource.set(effect.source, (bySource.get(effect.source) ?? 0) + 1);
  for (const event of produced) {
    const count = bySource.get(event.id) ?? 0;
    if (count !== 1) problems.push(`${event.aggregateId} step ${String(event.payload['step'])}: ${count} effects`);
  }
  const steps = new Map<string, number[]>();
  for (const effect of effects) steps.set(effect.aggregateId, [...(steps.get(effect.aggregateId) ?? []), effect.step]);
  for (const [aggregate, order] of steps) if (order.some((step, i) => step !== i + 1)) problems.push(`${aggregate} applied in order ${order.join(',')}`);
  return problems;
}
