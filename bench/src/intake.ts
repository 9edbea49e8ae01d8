import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { type Measurement, percentile, report } from './stats.js';

const CONNECTIONS = 50;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const WARM_UP_SECONDS = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 2);

/** The round with the median rate: contenders alternate so a noisy neighbour hurts them alike. */
function median(rounds: readonly Measurement[]): Measurement {
  return [...rounds].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(rounds.length / 2)]!;
}

/** Starts a server child; its stdout (the API's JSON logs) goes to `logFile`, its address comes over IPC. */
async function startServer(mode: 'api' | 'bare', env: Record<string, string>, logFile: string): Promise<{ child: ChildProcess; info: { port: number; token?: string; productId?: string } }> {
  const script = fileURLToPath(new URL('./intake-server.ts', import.meta.url));
  const profile = process.env['BENCH_CPU_PROF'] && mode === 'api' ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_CPU_PROF']}`] : [];
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', script, mode], { env: { ...process.env, ...env }, stdio: ['ignore', log, 'inherit', 'ipc'] });
  closeSync(log);
  const info = await new Promise<{ port: number; token?: string; productId?: string }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { port: number }));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, info };
}

async function load(name: string, port: number, headers: Record<string, string>, body: string, amount?: number, seconds = SECONDS): Promise<Measurement> {
  const result = await autocannon({ url: `http://127.0.0.1:${port}/api/v1/web/loans`, method: 'POST', connections: amount ? 1 : CONNECTIONS, ...(amount ? { amount } : { duration: seconds }), headers: { 'content-type': 'application/json', ...headers }, body });
  const ok = result['2xx'];
  if (result.non2xx > 0 || result.errors > 0) console.warn(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { name, perSecond: ok / (result.duration || seconds), p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
}

/** The same rows the intake writes (a loan and its outbox event, one transaction), through `pg` alone. */
async function rawInsert(url: string, brandId: string, customerId: string, productId: string, seconds = SECONDS): Promise<Measurement> {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  const latencies: number[] = [];
  const stopAt = performance.now() + seconds * 1000;
  const payload = JSON.stringify({ customerId, productId, amount: { amount: '25000', currency: 'INR' }, tenure: 12 });
  async function worker(): Promise<void> {
    while (performance.now() < stopAt) {
      const started = performance.now();
      const client = await pool.connect();
      try {
        const id = randomUUID();
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO loans (id, brand_id, customer_id, product_id, amount, currency, tenure, status, rejection_reasons, applied_at, updated_at, version)
           VALUES ($1, $2, $3, $4, $5, 'INR', 12, 'APPLIED', '{}', now(), now(), 0)`,
          [id, brandId, customerId, productId, '25000.00'],
        );
        await client.query(
          `INSERT INTO outbox (id, type, aggregate_type, aggregate_id, brand_id, occurred_at, payload) VALUES ($1, 'loan.applied', 'loan', $2, $3, now(), $4)`,
          [randomUUID(), id, brandId, payload],
        );
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      latencies.push(performance.now() - started);
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const elapsed = (performance.now() - started) / 1000;
  await pool.end();
  latencies.sort((a, b) => a - b);
  return { name: 'raw pg: loan + outbox insert (ceiling)', perSecond: latencies.length / elapsed, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}

/** Application intake over HTTP against PostgreSQL, with a raw `pg` ceiling and a bare Hono floor. */
export async function run(): Promise<void> {
  const adminUrl = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `los_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'los-bench-'));
  const children: ChildProcess[] = [];
  try {
    const apiLog = join(dataDir, 'api.log');
    const api = await startServer('api', { BENCH_DATABASE_URL: url.toString(), BENCH_DATA_DIR: dataDir }, apiLog);
    children.push(api.child);
    const bare = await startServer('bare', {}, join(dataDir, 'bare.log'));
    children.push(bare.child);
    const body = JSON.stringify({ productId: api.info.productId, amount: { amount: '25000.00', currency: 'INR' }, tenure: 12 });
    // One warm-up application so the raw baseline can reuse its brand, customer and product ids.
    await load('warm-up', api.info.port, { authorization: `Bearer ${api.info.token}` }, body, 1);
    const db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    const row = (await db.query('SELECT brand_id, customer_id, product_id FROM loans LIMIT 1')).rows[0] as { brand_id: string; customer_id: string; product_id: string };

    // An uncounted round of each contender first, so none is measured while its code is still being compiled.
    await load('warm-up', api.info.port, { authorization: `Bearer ${api.info.token}` }, body, undefined, WARM_UP_SECONDS);
    await rawInsert(url.toString(), row.brand_id, row.customer_id, row.product_id, WARM_UP_SECONDS);
    await load('warm-up', bare.info.port, {}, body, undefined, WARM_UP_SECONDS);

    const rounds: Record<'intake' | 'raw' | 'hono', Measurement[]> = { intake: [], raw: [], hono: [] };
    for (let round = 0; round < ROUNDS; round++) {
      rounds.intake.push(await load('LOS intake: POST /api/v1/web/loans', api.info.port, { authorization: `Bearer ${api.info.token}` }, body));
      rounds.raw.push(await rawInsert(url.toString(), row.brand_id, row.customer_id, row.product_id));
      rounds.hono.push(await load('bare Hono route (JSON in, JSON out)', bare.info.port, {}, body));
    }
    const intakeLoans = Number((await db.query("SELECT count(*) AS n FROM outbox WHERE type = 'loan.applied'")).rows[0].n);
    await db.end();
    console.log(`the API stored ${intakeLoans} loan.applied events (intake and raw rows together) over ${ROUNDS} rounds of ${SECONDS}s and a warm-up, and wrote ${(statSync(apiLog).size / 1e6).toFixed(1)} MB of logs at its production level`);
    const [intake, raw, hono] = [median(rounds.intake), median(rounds.raw), median(rounds.hono)];
    report(`Application intake, ${CONNECTIONS} connections, median of ${ROUNDS} interleaved rounds of ${SECONDS}s`, [intake, raw, hono], 'raw pg: loan + outbox insert (ceiling)');
    console.log(`intake / raw database ceiling: ${(intake.perSecond / raw.perSecond).toFixed(2)} (target ≥ 0.50)`);
    console.log(`intake / bare Hono: ${(intake.perSecond / hono.perSecond).toFixed(2)}`);
    console.log(`per round, intake/raw: ${rounds.intake.map((r, i) => (r.perSecond / rounds.raw[i]!.perSecond).toFixed(2)).join(', ')}`);
  } finally {
    // SIGTERM lets a profiled server write its profile; the bare server exits on it too.
    for (const child of children) child.kill(process.env['BENCH_CPU_PROF'] ? 'SIGTERM' : 'SIGKILL');
    if (process.env['BENCH_CPU_PROF']) await new Promise((resolve) => setTimeout(resolve, 2000));
    rmSync(dataDir, { recursive: true, force: true });
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
