import type { AuditEntry, GetAuditTrail } from '@los/application';
import { z } from 'zod';
import { useCaseError } from '../errors.js';
import type { RouteTable } from '../route-table.js';
import { idSchema, pageQuerySchema } from '../schemas.js';

const jsonObject = z.record(z.string(), z.unknown());
const entrySchema = z.object({
  id: idSchema,
  entityType: z.string(),
  entityId: z.string(),
  action: z.string().describe('the domain event types of the change, joined by commas (loan.sanctioned)'),
  actorId: z.string().nullable().describe('null for the system (webhooks, jobs)'),
  before: jsonObject.nullable(),
  after: jsonObject,
  requestId: z.string().nullable(),
  at: z.string(),
});

const entryJson = (e: AuditEntry) => ({
  id: e.id, entityType: e.entityType, entityId: e.entityId, action: e.action, actorId: e.actorId ?? null,
  before: e.before ?? null, after: e.after, requestId: e.requestId ?? null, at: e.at.toISOString(),
});

/** The brand's append-only audit log, for its ADMIN or a super admin. */
export function auditRoutes(table: RouteTable, getAuditTrail: GetAuditTrail): void {
  table.add(
    {
      tags: ['partner', 'audit'],
      security: 'staff',
      method: 'get',
      path: '/api/v1/partner/brand/:brandId/audit',
      summary: "The brand's audit log, oldest first (paginated): who changed what, with the state before and after; entityId narrows it to one loan",
      params: z.object({ brandId: idSchema }),
      query: pageQuerySchema.extend({ entityId: z.string().min(1).max(100).optional() }),
      responses: { 200: { description: 'a page of audit entries', schema: z.object({ items: z.array(entrySchema), limit: z.number().int(), offset: z.number().int() }) } },
      errors: [401, 403, 404],
    },
    async (c, { params, query, actor }) => {
      const input = { actor, brandId: params.brandId, limit: query.limit, offset: query.offset, ...(query.entityId === undefined ? {} : { entityId: query.entityId }) };
      const result = await getAuditTrail.execute(input);
      if (!result.ok) throw useCaseError(result.error);
      return c.json({ items: result.value.map(entryJson), limit: query.limit, offset: query.offset });
    },
  );
}
