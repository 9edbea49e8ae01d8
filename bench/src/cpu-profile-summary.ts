import { readFileSync } from 'node:fs';

// Sums the self time of a V8 CPU profile (`node --cpu-prof`, or `BENCH_CPU_PROF=<dir> pnpm bench intake`)
// by package and by function: `npx tsx bench/src/cpu-profile-summary.ts <file.cpuprofile> [top] [lastSeconds]`.
// `lastSeconds` keeps only the end of the profile, so start-up (module loading, migrations) is left out.
interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

/** Where a script comes from: an npm package, one of ours (packages/x, apps/x), or Node's own modules. */
function origin(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const dependency = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1]!;
  const ours = /\/(packages|apps|bench)\/([^/]+)\//.exec(url);
  return ours ? `${ours[1]}/${ours[2]}` : url;
}

const [file, top = '30', lastSeconds = '0'] = process.argv.slice(2);
if (!file) {
  console.error('usage: cpu-profile-summary <file.cpuprofile> [top] [lastSeconds]');
  process.exit(1);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const from = Number(lastSeconds) > 0 ? profile.endTime - Number(lastSeconds) * 1e6 : -Infinity;
const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  at += delta;
  if (at < from) return;
  const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
  const name = functionName || '(anonymous)';
  // Native frames ("writev", "(garbage collector)", "(idle)") are their own package.
  const where = url ? origin(url) : name;
  byPackage.set(where, (byPackage.get(where) ?? 0) + delta);
  const key = url ? `${name}  ${where} ${url.split('/').pop()}:${lineNumber + 1}` : name;
  byFunction.set(key, (byFunction.get(key) ?? 0) + delta);
  total += delta;
});

function print(title: string, totals: Map<string, number>): void {
  console.log(`\n${title}`);
  for (const [key, micros] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
    console.log(`${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${key}`);
  }
}
console.log(`${(total / 1e6).toFixed(2)} s sampled`);
print('self time by package', byPackage);
print('self time by function', byFunction);
