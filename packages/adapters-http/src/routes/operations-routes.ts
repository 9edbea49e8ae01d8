import type { DeadLetter, DeadLetterError, JobRun } from '@los/application';
import { z } from 'zod';
import { HttpError, useCaseError } from '../errors.js';
import type { HttpDeps } from '../http-deps.js';
import type { RouteTable } from '../route-table.js';

const deadLetterSchema = z.object({
  id: z.string(),
  consumer: z.string(),
  attempts: z.number().int(),
  lastError: z.string(),
  deadAt: z.string(),
  event: z.object({ id: z.string(), type: z.string(), aggregateType: z.string(), aggregateId: z.string(), brandId: z.string(), occurredAt: z.string(), payload: z.record(z.string(), z.unknown()) }),
});

const jobRunSchema = z.object({
  id: z.string(),
  job: z.string(),
  runner: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  outcome: z.enum(['running', 'succeeded', 'failed']),
  counts: z.record(z.string(), z.number()),
  error: z.string().nullable(),
});

const consumerName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'a consumer name');
const deadLetterParams = z.object({ id: z.string().min(3).max(200) });

const deadLetterJson = (d: DeadLetter) => ({ id: d.id, consumer: d.consumer, attempts: d.attempts, lastError: d.lastError, deadAt: d.deadAt, event: d.message });
const jobRunJson = (r: JobRun) => ({ ...r, startedAt: r.startedAt.toISOString(), finishedAt: r.finishedAt?.toISOString() ?? null });

function deadLetterError(error: DeadLetterError): HttpError {
  if (error.code === 'DEAD_LETTER_NOT_FOUND') return new HttpError(404, 'DEAD_LETTER_NOT_FOUND', `no dead letter ${error.id}`);
  return useCaseError(error);
}

/** Platform operations for super admins: dead letters (list, replay, discard) and scheduled job runs. */
export function operationsRoutes(table: RouteTable, deps: HttpDeps): void {
  const operations = deps.operations;
  if (!operations) return;
  table.add(
    {
      method: 'get',
      path: '/api/v1/admin/dead-letters',
      summary: 'List events that exhausted their retries, oldest first (super admin)',
      tags: ['operations'],
      security: 'staff',
      query: z.object({ consumer: consumerName.optional() }),
      responses: { 200: { description: 'the dead letters', schema: z.object({ items: z.array(deadLetterSchema) }) } },
      errors: [401, 403],
    },
    async (c, { query, actor }) => {
      const result = await operations.listDeadLetters.execute({ actor, ...(query.consumer === undefined ? {} : { consumer: query.consumer }) });
      if (!result.ok) throw deadLetterError(result.error);
      return c.json({ items: result.value.map(deadLetterJson) });
    },
  );
  table.add(
    {
      method: 'post',
      path: '/api/v1/admin/dead-letters/:id/replay',
      summary: "Put a dead letter back on its consumer's queue, from attempt 1 (super admin)",
      tags: ['operations'],
      security: 'staff',
      params: deadLetterParams,
      responses: { 202: { description: 'queued again', schema: z.object({ id: z.string(), status: z.literal('replayed') }) } },
      errors: [401, 403, 404],
    },
    async (c, { params, actor }) => {
      const result = await operations.replayDeadLetter.execute({ actor, id: params.id });
      if (!result.ok) throw deadLetterError(result.error);
      return c.json({ id: result.value.id, status: 'replayed' as const }, 202);
    },
  );
  table.add(
    {
      method: 'delete',
      path: '/api/v1/admin/dead-letters/:id',
      summary: 'Discard a dead letter for good (super admin)',
      tags: ['operations'],
      security: 'staff',
      params: deadLetterParams,
      responses: { 204: { description: 'discarded' } },
      errors: [401, 403, 404],
    },
    async (c, { params, actor }) => {
      const result = await operations.discardDeadLetter.execute({ actor, id: params.id });
      if (!result.ok) throw deadLetterError(result.error);
      return c.body(null, 204);
    },
  );
  table.add(
    {
      method: 'get',
      path: '/api/v1/admin/jobs/runs',
      summary: 'Scheduled job runs, newest first: start, end, outcome and counts (super admin)',
      tags: ['operations'],
      security: 'staff',
      query: z.object({ job: z.string().min(1).max(100).optional(), before: z.iso.datetime({ offset: true }).optional(), limit: z.coerce.number().int().min(1).max(500).default(50) }),
      responses: { 200: { description: 'the runs', schema: z.object({ items: z.array(jobRunSchema) }) } },
      errors: [401, 403],
    },
    async (c, { query, actor }) => {
      const result = await operations.listJobRuns.execute({
        actor,
        limit: query.limit,
        ...(query.job === undefined ? {} : { job: query.job }),
        ...(query.before === undefined ? {} : { before: new Date(query.before) }),
      });
      if (!result.ok) throw useCaseError(result.error);
      return c.json({ items: result.value.map(jobRunJson) });
    },
  );
}
