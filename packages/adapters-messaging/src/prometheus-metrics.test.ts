import { describe, expect, it } from 'vitest';
import { MESSAGING_METRICS } from './messaging-metrics.js';
import { PrometheusMetrics } from './prometheus-metrics.js';

describe('PrometheusMetrics', () => {
  it('renders declared counters and gauges with HELP, TYPE and labelled series', () => {
    const metrics = new PrometheusMetrics({ jobs_total: { type: 'counter', help: 'Runs.' }, depth: { type: 'gauge', help: 'Waiting.\nNow.' } });
    metrics.increment('jobs_total', { outcome: 'ok', job: 'prune' });
    metrics.increment('jobs_total', { job: 'prune', outcome: 'ok' }, 2);
    metrics.set('depth', 7, { consumer: 'say "hi"\\' });
    expect(metrics.render()).toBe(
      ['# HELP jobs_total Runs.', '# TYPE jobs_total counter', 'jobs_total{job="prune",outcome="ok"} 3', '# HELP depth Waiting.\\nNow.', '# TYPE depth gauge', 'depth{consumer="say \\"hi\\"\\\\"} 7', ''].join('\n'),
    );
  });

  it('refuses undeclared names, shrinking counters and mixed-up kinds', () => {
    const metrics = new PrometheusMetrics(MESSAGING_METRICS);
    expect(() => metrics.increment('los_nope_total')).toThrow(RangeError);
    expect(() => metrics.increment('los_events_published_total', {}, -1)).toThrow(RangeError);
    expect(() => metrics.set('los_events_published_total', 1)).toThrow(TypeError);
    expect(() => metrics.increment('los_queue_depth')).toThrow(TypeError);
    expect(() => metrics.set('los_queue_depth', 1, { 'bad-label': 'x' })).toThrow(RangeError);
  });

  it('forgets a gauge series once cleared', () => {
    const metrics = new PrometheusMetrics(MESSAGING_METRICS);
    metrics.set('los_queue_depth', 3, { consumer: 'gone' });
    metrics.clear('los_queue_depth');
    expect(metrics.value('los_queue_depth', { consumer: 'gone' })).toBeUndefined();
    expect(metrics.render()).not.toContain('consumer="gone"');
  });
});
