/** Percentile of a sorted list of latencies (nearest-rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** One measured contender of a benchmark. */
export interface Measurement {
  readonly name: string;
  readonly perSecond: number;
  readonly p50Ms?: number;
  readonly p99Ms?: number;
}

/** Prints a table and the ratio of each row against the baseline row. */
export function report(title: string, rows: readonly Measurement[], baseline: string): void {
  const base = rows.find((r) => r.name === baseline);
  console.log(`\n## ${title}`);
  console.log(`${'contender'.padEnd(44)} ${'per second'.padStart(12)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'vs ' + baseline}`);
  for (const r of rows) {
    const ratio = base ? (r.perSecond / base.perSecond).toFixed(2) + '×' : '';
    console.log(
      `${r.name.padEnd(44)} ${r.perSecond.toFixed(0).padStart(12)} ${(r.p50Ms?.toFixed(2) ?? '').padStart(8)} ${(r.p99Ms?.toFixed(2) ?? '').padStart(8)} ${ratio}`,
    );
  }
}
