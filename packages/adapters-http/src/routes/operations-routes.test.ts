import { type Actor, type DeadLetter, DiscardDeadLetter, ListDeadLetters, ListJobRuns, ReplayDeadLetter } from '@los/application';
import { InMemoryJobRunStore } from '@los/application/testing';
import { describe, expect, it } from 'vitest';
import { JwtTokenService } from '../auth/token-service.js';
import type { HttpUseCases } from '../http-deps.js';
import { createHttpApp } from '../http-app.js';

const tokens = new JwtTokenService({ secret: 'x'.repeat(40) });
const superAdmin: Actor = { kind: 'staff', userId: '00000000-0000-4000-8000-000000000001', superAdmin: true, roles: [] };
const brandAdmin: Actor = { kind: 'staff', userId: '00000000-0000-4000-8000-000000000002', superAdmin: false, roles: [{ brandId: '00000000-0000-4000-8000-0000000000b1', role: 'ADMIN' }] };
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined };

const letter = (id: string, consumer: string): DeadLetter => ({
  id,
  consumer,
  attempts: 5,
  lastError: 'Error: product missing',
  deadAt: '2026-03-01T09:00:00.000Z',
  message: { id: `evt-${id}`, type: 'loan.applied', aggregateType: 'loan', aggregateId: 'loan-1', brandId: 'brand-1', occurredAt: '2026-03-01T08:59:00.000Z', payload: { tenure: 30 } },
});

async function setup() {
  const letters = new Map([letter('screening:1', 'screening'), letter('mailer:2', 'mailer')].map((l) => [l.id, l]));
  const replayed: string[] = [];
  const bus = {
    listDeadLetters: async (consumer?: string) => [...letters.values()].filter((l) => consumer === undefined || l.consumer === consumer),
    replayDeadLetter: async (id: string) => letters.delete(id) && replayed.push(id) > 0,
    discardDeadLetter: async (id: string) => letters.delete(id),
  };
  const jobRuns = new InMemoryJobRunStore();
  await jobRuns.start({ id: 'run-1', job: 'outbox-pruning', runner: 'host:1', startedAt: new Date('2026-03-01T09:00:00Z') });
  await jobRuns.finish('run-1', { finishedAt: new Date('2026-03-01T09:00:01Z'), outcome: 'succeeded', counts: { pruned: 12 } });
  await jobRuns.start({ id: 'run-2', job: 'reminder-dispatch', runner: 'host:1', startedAt: new Date('2026-03-01T09:01:00Z') });
  const app = createHttpApp({
    useCases: {} as HttpUseCases,
    tokens,
    logger: silent,
    healthChecks: {},
    operations: { listDeadLetters: new ListDeadLetters({ bus }), replayDeadLetter: new ReplayDeadLetter({ bus }), discardDeadLetter: new DiscardDeadLetter({ bus }), listJobRuns: new ListJobRuns({ jobRuns }) },
  });
  const call = async (method: string, path: string, actor: Actor | null = superAdmin) => {
    const response = await app.request(path, { method, headers: actor ? { authorization: `Bearer ${tokens.issue(actor).accessToken}` } : {} });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  return { call, letters, replayed };
}

describe('operations routes', () => {
  it('lists dead letters with their event, by consumer when asked', async () => {
    const { call } = await setup();
    const all = await call('GET', '/api/v1/admin/dead-letters');
    expect(all.status).toBe(200);
    expect(all.body.items.map((l: { id: string }) => l.id).sort()).toEqual(['mailer:2', 'screening:1']);
    const one = await call('GET', '/api/v1/admin/dead-letters?consumer=screening');
    expect(one.body.items).toEqual([{ id: 'screening:1', consumer: 'screening', attempts: 5, lastError: 'Error: product missing', deadAt: '2026-03-01T09:00:00.000Z', event: letter('screening:1', 'screening').message }]);
  });

  it('replays and discards by id, and answers 404 for an unknown one', async () => {
    const { call, letters, replayed } = await setup();
    expect(await call('POST', '/api/v1/admin/dead-letters/screening:1/replay')).toEqual({ status: 202, body: { id: 'screening:1', status: 'replayed' } });
    expect(replayed).toEqual(['screening:1']);
    expect((await call('DELETE', '/api/v1/admin/dead-letters/mailer:2')).status).toBe(204);
    expect(letters.size).toBe(0);
    const missing = await call('POST', '/api/v1/admin/dead-letters/mailer:2/replay');
    expect([missing.status, missing.body.error]).toEqual([404, 'DEAD_LETTER_NOT_FOUND']);
  });

  it('lists job runs newest first with outcome and counts', async () => {
    const { call } = await setup();
    const runs = await call('GET', '/api/v1/admin/jobs/runs?limit=10');
    expect(runs.body.items).toEqual([
      { id: 'run-2', job: 'reminder-dispatch', runner: 'host:1', startedAt: '2026-03-01T09:01:00.000Z', finishedAt: null, outcome: 'running', counts: {}, error: null },
      { id: 'run-1', job: 'outbox-pruning', runner: 'host:1', startedAt: '2026-03-01T09:00:00.000Z', finishedAt: '2026-03-01T09:00:01.000Z', outcome: 'succeeded', counts: { pruned: 12 }, error: null },
    ]);
    expect((await call('GET', '/api/v1/admin/jobs/runs?job=outbox-pruning')).body.items.map((r: { id: string }) => r.id)).toEqual(['run-1']);
  });

  it('lets only super admins in', async () => {
    const { call, letters } = await setup();
    for (const [method, path] of [
      ['GET', '/api/v1/admin/dead-letters'],
      ['POST', '/api/v1/admin/dead-letters/screening:1/replay'],
      ['DELETE', '/api/v1/admin/dead-letters/screening:1'],
      ['GET', '/api/v1/admin/jobs/runs'],
    ] as const) {
      expect((await call(method, path, brandAdmin)).status).toBe(403);
      expect((await call(method, path, null)).status).toBe(401);
    }
    expect(letters.size).toBe(2);
  });
});
