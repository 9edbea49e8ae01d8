import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const worker = fileURLToPath(new URL('../../worker/src/main.ts', import.meta.url));

function start(script: string, env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TEST_') && !k.startsWith('LOS_') && k !== 'PORT'));
  return spawnSync(process.execPath, ['--import', 'tsx', script], { env: { ...clean, ...env }, encoding: 'utf8', timeout: 60_000 });
}

describe('a bad or missing variable stops the process with one clear line per variable', () => {
  it('the API', () => {
    const run = start(main, { PORT: 'eighty', LOS_MODE: 'production', REDIS_URL: 'http://cache' });
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('  - '));
    expect(lines).toEqual([
      '  - PORT: must be a whole number',
      '  - REDIS_URL: must be a URL starting with redis:// or rediss://',
      '  - DATABASE_URL: is required when LOS_MODE=production',
      '  - AMQP_URL: is required when LOS_MODE=production',
      '  - JWT_SECRET: is required when LOS_MODE=production',
      '  - OTP_HASH_KEY: is required when LOS_MODE=production',
      '  - AADHAAR_REF_KEY: is required when LOS_MODE=production',
    ]);
  });

  it('the worker', () => {
    const run = start(worker, { LOS_MODE: 'staging' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('LOS worker: invalid configuration');
    expect(run.stderr).toContain('  - LOS_MODE: must be "embedded" or "production"');
  });
});
