import type { Clock, EventBus, LeaderElection, Metrics, OutboxStore, QueueInspector } from '@los/application';

/** Metrics that can render themselves (Prometheus text) and forget a gauge's series. */
export type RenderableMetrics = Metrics & { render(): string; clear(name: string): void };

/** What a scrape reads besides the counters. */
export interface MetricsCollectorDeps {
  readonly metrics: RenderableMetrics;
  readonly outboxStore: Pick<OutboxStore, 'backlog'>;
  readonly bus: Pick<EventBus, 'healthy'> & Partial<QueueInspector>;
  readonly database: { healthy(): Promise<boolean> };
  readonly clock: Clock;
  /** The consumers whose queues to measure; the bus's own subscribers when absent. */
  readonly consumers?: readonly string[];
  readonly leader?: Pick<LeaderElection, 'isLeader'>;
}

/**
 * Refreshes the gauges (dependencies up, outbox backlog and relay lag, queue and dead-letter depth,
 * leadership) at scrape time and renders every metric. A source that cannot answer (the outage the
 * metrics should show) leaves its gauges out rather than failing the scrape.
 */
export class MetricsCollector {
  constructor(private readonly deps: MetricsCollectorDeps) {}

  /** Database and broker reachability, as the worker's /health reports it. */
  async health(): Promise<{ readonly database: boolean; readonly broker: boolean }> {
    const [database, broker] = await Promise.all([this.deps.database.healthy().catch(() => false), this.deps.bus.healthy().catch(() => false)]);
    return { database, broker };
  }

  async scrape(): Promise<string> {
    const { metrics, outboxStore, bus, clock, consumers, leader } = this.deps;
    const health = await this.health();
    metrics.set('los_dependency_up', health.database ? 1 : 0, { dependency: 'database' });
    metrics.set('los_dependency_up', health.broker ? 1 : 0, { dependency: 'broker' });
    metrics.clear('los_outbox_pending');
    metrics.clear('los_outbox_lag_seconds');
    if (health.database) {
      const backlog = await outboxStore.backlog(clock.now()).catch(() => null);
      if (backlog) {
        metrics.set('los_outbox_pending', backlog.pending);
        metrics.set('los_outbox_lag_seconds', backlog.oldestAgeMs / 1000);
      }
    }
    metrics.clear('los_queue_depth');
    metrics.clear('los_dead_letters');
    if (health.broker && bus.queueDepths) {
      const depths = await bus.queueDepths(consumers).catch(() => []);
      for (const depth of depths) {
        metrics.set('los_queue_depth', depth.ready, { consumer: depth.consumer });
        metrics.set('los_dead_letters', depth.deadLetters, { consumer: depth.consumer });
      }
    }
    if (leader) metrics.set('los_scheduler_leader', leader.isLeader() ? 1 : 0);
    return metrics.render();
  }
}
