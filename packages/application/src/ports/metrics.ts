/** Label values of one series, e.g. `{ consumer: 'loan-screening' }`. */
export type MetricLabels = Readonly<Record<string, string>>;

/**
 * Where the process counts what it does (events published, handled, retried, dead-lettered) and sets
 * what it measures (queue depth, relay lag). The production adapter renders Prometheus text.
 */
export interface Metrics {
  /** Adds `by` (default 1) to a monotonic counter. */
  increment(name: string, labels?: MetricLabels, by?: number): void;
  /** Sets a gauge to its current value. */
  set(name: string, value: number, labels?: MetricLabels): void;
}

/** The depth of one consumer's queues: messages waiting, and dead letters. */
export interface QueueDepth {
  readonly consumer: string;
  readonly ready: number;
  readonly deadLetters: number;
}

/** A bus that can say how deep its consumers' queues are (for metrics and operators). */
export interface QueueInspector {
  /** The depths of the named consumers' queues (the bus's own subscribers when absent); a consumer without queues is left out. */
  queueDepths(consumers?: readonly string[]): Promise<QueueDepth[]>;
}
