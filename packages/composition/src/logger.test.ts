import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

describe('createLogger', () => {
  it('writes JSON lines and redacts secrets and personal data at any depth', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ level: 'info', name: 'test', destination });
    logger.info({ requestId: 'r1', password: 'hunter2', customer: { phone: '+919812345678', pan: 'ABCDE1234F' }, body: { nested: { otp: '123456' } } }, 'hello');
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ name: 'test', msg: 'hello', requestId: 'r1', password: '[redacted]', customer: { phone: '[redacted]', pan: '[redacted]' } });
    expect(entry.body.nested.otp).toBe('[redacted]');
    expect(lines[0]).not.toMatch(/hunter2|9812345678|ABCDE1234F|123456/);
  });
});
