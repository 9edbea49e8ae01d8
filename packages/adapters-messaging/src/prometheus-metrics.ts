import type { MetricLabels, Metrics } from '@los/application';

/** A metric's kind and help line, as the Prometheus text format declares it. */
export interface MetricDefinition {
  readonly type: 'counter' | 'gauge';
  readonly help: string;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

const escapeLabel = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const escapeHelp = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

function seriesKey(labels: MetricLabels): string {
  const entries = Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [label] of entries) if (!LABEL.test(label)) throw new RangeError(`invalid metric label name: ${JSON.stringify(label)}`);
  return entries.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',');
}

/**
 * Counters and gauges kept in memory and rendered in the Prometheus text exposition format (version
 * 0.0.4) for `/metrics`. Every metric is declared up front with its type and help, so a typo in a name
 * fails at once instead of silently creating a new series.
 */
export class PrometheusMetrics implements Metrics {
  private readonly series = new Map<string, Map<string, number>>();

  constructor(private readonly definitions: Readonly<Record<string, MetricDefinition>>) {
    for (const name of Object.keys(definitions)) {
      if (!NAME.test(name)) throw new RangeError(`invalid metric name: ${JSON.stringify(name)}`);
      this.series.set(name, new Map());
    }
  }

  increment(name: string, labels: MetricLabels = {}, by = 1): void {
    if (this.definition(name).type !== 'counter') throw new TypeError(`${name} is not a counter`);
    if (!(by >= 0)) throw new RangeError(`a counter only grows; got ${by} for ${name}`);
    const values = this.series.get(name)!;
    const key = seriesKey(labels);
    values.set(key, (values.get(key) ?? 0) + by);
  }

  set(name: string, value: number, labels: MetricLabels = {}): void {
    if (this.definition(name).type !== 'gauge') throw new TypeError(`${name} is not a gauge`);
    this.series.get(name)!.set(seriesKey(labels), value);
  }

  /** Drops a gauge's series (e.g. a consumer that no longer exists), so it stops being reported. */
  clear(name: string): void {
    this.definition(name);
    this.series.get(name)!.clear();
  }

  /** The current value of one series, or undefined when it was never set. */
  value(name: string, labels: MetricLabels = {}): number | undefined {
    this.definition(name);
    return this.series.get(name)!.get(seriesKey(labels));
  }

  /** Every declared metric with its series, as Prometheus scrapes it. */
  render(): string {
    const lines: string[] = [];
    for (const [name, { type, help }] of Object.entries(this.definitions)) {
      lines.push(`# HELP ${name} ${escapeHelp(help)}`, `# TYPE ${name} ${type}`);
      for (const [key, value] of this.series.get(name)!) lines.push(`${name}${key ? `{${key}}` : ''} ${formatValue(value)}`);
    }
    return `${lines.join('\n')}\n`;
  }

  private definition(name: string): MetricDefinition {
    const definition = this.definitions[name];
    if (!definition) throw new RangeError(`metric ${name} is not declared`);
    return definition;
  }
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}
