import type { Server } from 'node:http';
import { FixedClock, RecordingMetrics } from '@los/application/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { MetricsCollector } from './metrics-collector.js';
import { serveWorkerEndpoints } from './worker-endpoints.js';

/** Recording metrics that render the gauges the collector sets, one `name value` line each. */
class RenderedMetrics extends RecordingMetrics {
  readonly names = new Set<string>();
  override set(name: string, value: number, labels?: Readonly<Record<string, string>>): void {
    this.names.add(`${name}${labels ? JSON.stringify(labels) : ''}`);
    super.set(name, value, labels);
  }
  clear(): void {}
  render(): string {
    return [...this.names].sort().join('\n');
  }
}

describe('worker endpoints', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('serves /metrics, and /health answering 503 while a dependency is down', async () => {
    let databaseUp = true;
    const metrics = new RenderedMetrics();
    const collector = new MetricsCollector({
      metrics,
      outboxStore: { backlog: async () => ({ pending: 3, oldestAgeMs: 1500 }) },
      bus: { healthy: async () => true, queueDepths: async () => [{ consumer: 'screening', ready: 4, deadLetters: 1 }] },
      database: { healthy: async () => databaseUp },
      clock: new FixedClock(),
    });
    server = await serveWorkerEndpoints({ port: 0, host: '127.0.0.1', collector });
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

    const scraped = await fetch(`${base}/metrics`);
    expect(scraped.headers.get('content-type')).toContain('text/plain');
    expect(await scraped.text()).toContain('los_queue_depth{"consumer":"screening"}');
    expect([metrics.value('los_outbox_pending'), metrics.value('los_outbox_lag_seconds'), metrics.value('los_dead_letters', { consumer: 'screening' })]).toEqual([3, 1.5, 1]);

    expect((await fetch(`${base}/health`)).status).toBe(200);
    databaseUp = false;
    const down = await fetch(`${base}/health`);
    expect([down.status, await down.json()]).toEqual([503, { status: 'unavailable', checks: { database: false, broker: true } }]);
    expect((await fetch(`${base}/metrics`)).status).toBe(200);
    expect(metrics.value('los_dependency_up', { dependency: 'database' })).toBe(0);
    expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
  });
});
