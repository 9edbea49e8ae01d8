import { Writable } from 'node:stream';
import { createDatabase, createPgRepositories, migrateToLatest } from '@los/adapters-postgres';
import { SystemClock, UuidV7Generator } from '@los/adapters-system';
import { Container } from 'inversify';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from './config.js';
import { createLogger } from './logger.js';
import { ids } from './service-ids.js';
import { sessionsModule } from './sessions-module.js';

const database = await createDatabase({ kind: 'pglite' });
afterAll(() => database.close());

describe('sessions module', () => {
  it('logs a reused refresh token at warn with its session and subject, never the token, and revokes the session', async () => {
    await migrateToLatest(database.db);
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        done();
      },
    });
    const parsed = parseConfig({ REFRESH_TOKEN_TTL_SECONDS: '3600' });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const container = new Container();
    const repositories = createPgRepositories(database.db);
    container.bind(ids.Database).toConstantValue(database);
    container.bind(ids.Repositories).toConstantValue(repositories);
    container.bind(ids.IdGenerator).toConstantValue(new UuidV7Generator());
    container.bind(ids.Clock).toConstantValue(new SystemClock());
    container.bind(ids.Logger).toConstantValue(createLogger({ level: 'info', name: 'test', destination: sink }));
    await container.load(sessionsModule(parsed.config));
    const sessions = container.get(ids.SessionUseCases);

    const userId = '019a0000-0000-7000-8000-000000000001';
    await repositories.staff.add({ id: userId, email: 'ops@example.com', name: 'Ops', passwordHash: 'x', superAdmin: true, roles: [], active: true, createdAt: new Date() });
    const first = await sessions.issueSession.execute({ kind: 'staff', userId, superAdmin: true, roles: [] });
    expect(first.refreshExpiresIn).toBe(3600);
    const second = await sessions.refreshSession.execute({ refreshToken: first.refreshToken });
    expect(second.ok).toBe(true);
    expect(lines).toEqual([]);

    expect((await sessions.refreshSession.execute({ refreshToken: first.refreshToken })).ok).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, component: 'sessions', subjectKind: 'staff', subjectId: userId, revoked: 2, familyId: expect.any(String) });
    const line = JSON.stringify(lines[0]);
    expect(line).not.toContain(first.refreshToken);
    if (second.ok) {
      expect(line).not.toContain(second.value.refreshToken);
      expect((await sessions.refreshSession.execute({ refreshToken: second.value.refreshToken })).ok).toBe(false);
    }
  });
});
