import type { MetricLabels, Metrics } from '../../ports/metrics.js';

const key = (name: string, labels: MetricLabels = {}) => `${name}${JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)))}`;

/** Metrics kept in maps so tests can read them back with `value`. */
export class RecordingMetrics implements Metrics {
  private readonly values = new Map<string, number>();

  increment(name: string, labels?: MetricLabels, by = 1): void {
    this.values.set(key(name, labels), (this.values.get(key(name, labels)) ?? 0) + by);
  }

  set(name: string, value: number, labels?: MetricLabels): void {
    this.values.set(key(name, labels), value);
  }

  /** The current value of a series; 0 when never touched. */
  value(name: string, labels?: MetricLabels): number {
    return this.values.get(key(name, labels)) ?? 0;
  }
}
