import type { EventBus, Metrics, RelayOutbox, Subscription } from '@los/application';
import type { Logger } from '@los/composition';
import { instrumentSubscription } from './instrumented-subscription.js';
import type { JobScheduler } from './job-scheduler.js';

/** What the worker runs: consumers on the bus, the outbox relay loop and, when given, the job scheduler. */
export interface WorkerRuntimeDeps {
  readonly bus: EventBus;
  readonly relay: RelayOutbox;
  /** Every consumer the worker runs; each module of the composition root contributes its own. */
  readonly subscriptions: readonly Subscription[];
  readonly logger: Logger;
  readonly relayIntervalMs: number;
  readonly relayBatchSize: number;
  /** Counts relayed events, deliveries, retries and dead letters. */
  readonly metrics?: Metrics;
  /** The bus's attempts per message, so the last failure counts as a dead letter; 5 when absent. */
  readonly maxAttempts?: number;
  readonly scheduler?: JobScheduler;
}

/**
 * The worker's long-running part. `start` subscribes the consumers, starts the bus, polls the outbox and
 * starts the scheduler; `stop` stops the scheduler and the polling, lets the relay batch in flight
 * finish, and closes the bus (which waits for handlers in flight). Relay failures (bus or database down)
 * are logged and retried with backoff: the events stay in the outbox until the bus confirms them.
 */
export class WorkerRuntime {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failures = 0;

  constructor(private readonly deps: WorkerRuntimeDeps) {}

  async start(): Promise<void> {
    const { bus, subscriptions, logger, metrics } = this.deps;
    metrics?.increment('los_events_published_total', {}, 0);
    metrics?.increment('los_relay_failures_total', {}, 0);
    for (const subscription of subscriptions) await bus.subscribe(metrics ? instrumentSubscription(subscription, metrics, this.deps.maxAttempts ?? 5) : subscription);
    await bus.start();
    this.schedule(0);
    this.deps.scheduler?.start();
    logger.info({ relayIntervalMs: this.deps.relayIntervalMs, consumers: subscriptions.map((s) => s.consumer), scheduler: this.deps.scheduler !== undefined }, 'worker started');
  }

  /** Runs one relay pass now (used by tests and by the loop). Returns how many events went out. */
  async relayOnce(): Promise<number> {
    const published = await this.deps.relay.execute({ batchSize: this.deps.relayBatchSize });
    if (published > 0) this.deps.metrics?.increment('los_events_published_total', {}, published);
    return published;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.deps.scheduler?.stop();
    await this.running;
    await this.deps.bus.close();
    this.deps.logger.info('worker stopped');
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = undefined;
      });
    }, delayMs);
  }

  private async tick(): Promise<void> {
    let published = 0;
    try {
      published = await this.relayOnce();
      if (this.failures > 0) this.deps.logger.info({ afterFailures: this.failures }, 'outbox relay recovered');
      this.failures = 0;
    } catch (error) {
      this.failures += 1;
      this.deps.metrics?.increment('los_relay_failures_total');
      if (this.failures === 1 || this.failures % 20 === 0) this.deps.logger.warn({ err: error, failures: this.failures }, 'outbox relay failed; events stay in the outbox');
    }
    // A full batch means more may be waiting: go again at once. Back off while failing.
    const backoff = Math.min(this.deps.relayIntervalMs * 2 ** Math.min(this.failures, 6), 10_000);
    this.schedule(published >= this.deps.relayBatchSize ? 0 : this.failures > 0 ? backoff : this.deps.relayIntervalMs);
  }
}
