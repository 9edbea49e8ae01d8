import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSUMER, type Pipeline, startPipeline, stepEvent } from './pipeline.js';
import { AMQP_URL, namespace, servicesSkipReason, throwawayDatabase } from './services.js';

/** Starts a worker process and resolves with a reader of its stdout lines. */
function startWorker(env: Record<string, string>, mode: 'before-commit' | 'after-commit'): { child: ChildProcess; line: (prefix: string) => Promise<string> } {
  const script = fileURLToPath(new URL('./consumer-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, PROOF_ENV: JSON.stringify(env), PROOF_MODE: mode }, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const waiters: { prefix: string; resolve: (line: string) => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const w of waiters.filter((w) => line.startsWith(w.prefix))) w.resolve(line);
  });
  const line = (prefix: string) =>
    new Promise<string>((resolve, reject) => {
      const seen = lines.find((l) => l.startsWith(prefix));
      if (seen) return resolve(seen);
      waiters.push({ prefix, resolve });
      child.once('exit', (code) => reject(new Error(`worker exited with ${code} before printing ${prefix}`)));
    });
  return { child, line };
}

describe.skipIf(servicesSkipReason() !== undefined)(`worker killed mid-handler${servicesSkipReason() ? ` (skipped: ${servicesSkipReason()})` : ''}`, () => {
  let pipeline: Pipeline | undefined;
  let child: ChildProcess | undefined;
  let drop: () => Promise<void> = async () => undefined;
  afterEach(async () => {
    child?.kill('SIGKILL');
    await pipeline?.stop();
    await drop();
  });

  for (const mode of ['before-commit', 'after-commit'] as const) {
    it(`redelivers the message to another worker and applies its effect exactly once (killed ${mode.replace('-', ' ')})`, async () => {
      const database = await throwawayDatabase();
      drop = () => database.drop();
      const env = { DATABASE_URL: database.url, AMQP_URL: AMQP_URL!, LOS_NAMESPACE: namespace() };
      const worker = startWorker(env, mode);
      child = worker.child;
      await worker.line('READY');

      pipeline = await startPipeline({ env });
      const event = stepEvent('loan-killed', 1);
      await pipeline.produce([event]);
      expect(await worker.line(mode === 'before-commit' ? 'HANDLING' : 'COMMITTED')).toContain(event.id);
      worker.child.kill('SIGKILL');
      await new Promise((resolve) => worker.child.once('exit', resolve));

      // Another worker of the same consumer picks up what the dead one left unacknowledged.
      await pipeline.runtime.start();
      const p = pipeline;
      await expect.poll(() => p.outcomes.filter((o) => o.id === event.id).length, { timeout: 20_000, interval: 50 }).toBe(1);
      expect(p.outcomes[0]?.outcome).toBe(mode === 'before-commit' ? 'applied' : 'duplicate');
      expect((await p.effects()).filter((e) => e.source === event.id)).toHaveLength(1);
      const processed = await p.infra.database.db.selectFrom('processed_messages').select('event_id').where('consumer', '=', CONSUMER).execute();
      expect(processed.map((r) => r.event_id)).toEqual([event.id]);
    }, 60_000);
  }
});
