import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

/** A logger at `info` whose JSON lines are collected in `lines`. */
function capturingLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', name: 'test', destination }) };
}

describe('createLogger', () => {
  it('writes JSON lines and redacts secrets and personal data at any depth', () => {
    const { lines, logger } = capturingLogger();
    logger.info({ requestId: 'r1', password: 'hunter2', customer: { phone: '+919812345678', pan: 'ABCDE1234F' }, body: { nested: { otp: '123456' } } }, 'hello');
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ name: 'test', msg: 'hello', requestId: 'r1', password: '[redacted]', customer: { phone: '[redacted]', pan: '[redacted]' } });
    expect(entry.body.nested.otp).toBe('[redacted]');
    expect(lines[0]).not.toMatch(/hunter2|9812345678|ABCDE1234F|123456/);
  });

  it("redacts inside arrays and nested objects without changing the caller's objects", () => {
    const { lines, logger } = capturingLogger();
    const logged = { req: { headers: { authorization: 'Bearer abc', cookie: 'sid=1', host: 'x' } }, customers: [{ email: 'a@b.in', id: 'c1' }], at: new Date(0), status: 201 };
    logger.info(logged, 'request');
    const entry = JSON.parse(lines[0]!);
    expect(entry.req.headers).toEqual({ authorization: '[redacted]', cookie: '[redacted]', host: 'x' });
    expect(entry.customers).toEqual([{ email: '[redacted]', id: 'c1' }]);
    expect(entry).toMatchObject({ at: '1970-01-01T00:00:00.000Z', status: 201 });
    expect(logged.req.headers.authorization).toBe('Bearer abc');
    expect(logged.customers[0]!.email).toBe('a@b.in');
  });

  it('writes to stdout asynchronously and still flushes every line when the process exits', () => {
    const module = fileURLToPath(new URL('./logger.ts', import.meta.url));
    const script = `import { createLogger } from ${JSON.stringify(module)};
      const logger = createLogger({ level: 'info', name: 'exit-test' });
      for (let i = 0; i < 2000; i++) logger.info({ i }, 'line');
      process.exit(3);`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(child.status).toBe(3);
    const lines = child.stdout.trim().split('\n').map((line) => JSON.parse(line) as { i: number });
    expect(lines).toHaveLength(2000);
    expect(lines[1999]!.i).toBe(1999);
  });
});
