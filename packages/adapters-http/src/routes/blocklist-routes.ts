import { BLOCKLIST_KINDS, BLOCKLIST_VALUE_FORMATS, type BlocklistEntry, type BlocklistKind, acceptsBlocklistValue } from '@los/application';
import { z } from 'zod';
import { useCaseError } from '../errors.js';
import type { BlocklistUseCases } from '../http-deps.js';
import type { RouteTable } from '../route-table.js';
import { idSchema, pageQuerySchema } from '../schemas.js';

const brandParams = z.object({ brandId: idSchema });
const kindSchema = z.enum(BLOCKLIST_KINDS as [BlocklistKind, ...BlocklistKind[]]);
const reasonSchema = z.string().trim().min(1).max(500);
// One body per kind, so a bad value is named `body.value` with what that kind expects; the formats are
// the application's, the same the use case checks.
const bodyOf = (kind: BlocklistKind) =>
  z.object({ kind: z.literal(kind), value: z.string().max(100).refine((v) => acceptsBlocklistValue(kind, v), BLOCKLIST_VALUE_FORMATS[kind]), reason: reasonSchema });
const entryBody = z.discriminatedUnion('kind', [bodyOf('PAN'), bodyOf('AADHAAR_REF'), bodyOf('PHONE'), bodyOf('PINCODE')]);
const entrySchema = z.object({ id: idSchema, kind: kindSchema, value: z.string(), reason: z.string(), addedBy: z.string(), addedAt: z.string() });
const common = { tags: ['partner', 'blocklist'], security: 'staff' as const };

const entryJson = (e: BlocklistEntry) => ({ id: e.id, kind: e.kind, value: e.value, reason: e.reason, addedBy: e.addedBy, addedAt: e.addedAt.toISOString() });

/** The brand's fraud blocklist (its ADMIN or a super admin): list, add, remove. */
export function blocklistRoutes(table: RouteTable, useCases: BlocklistUseCases): void {
  const path = '/api/v1/partner/brand/:brandId/blocklist';

  table.add(
    {
      ...common,
      method: 'get',
      path,
      summary: "The brand's blocklist entries, newest first",
      params: brandParams,
      query: pageQuerySchema.extend({ kind: kindSchema.optional() }),
      responses: { 200: { description: 'a page of entries', schema: z.object({ items: z.array(entrySchema) }) } },
      errors: [401, 403, 404],
    },
    async (c, { params, query, actor }) => {
      const page = { limit: query.limit, offset: query.offset, ...(query.kind ? { kind: query.kind } : {}) };
      const result = await useCases.listBlocklistEntries.execute({ actor, brandId: params.brandId, page });
      if (!result.ok) throw useCaseError(result.error);
      return c.json({ items: result.value.map(entryJson) });
    },
  );

  table.add(
    {
      ...common,
      method: 'post',
      path,
      summary: 'List a PAN, Aadhaar reference key, phone (E.164) or pincode; decisions from then on see the hit',
      params: brandParams,
      body: entryBody,
      responses: { 201: { description: 'the entry, its value normalised', schema: entrySchema } },
      errors: [400, 401, 403, 404, 409],
    },
    async (c, { params, body, actor }) => {
      const result = await useCases.addBlocklistEntry.execute({ actor, brandId: params.brandId, kind: body.kind, value: body.value, reason: body.reason });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(entryJson(result.value), 201);
    },
  );

  table.add(
    {
      ...common,
      method: 'delete',
      path: `${path}/:entryId`,
      summary: 'Take an entry off the blocklist (decisions already made keep the facts they read)',
      params: brandParams.extend({ entryId: idSchema }),
      responses: { 204: { description: 'removed' } },
      errors: [401, 403, 404],
    },
    async (c, { params, actor }) => {
      const result = await useCases.removeBlocklistEntry.execute({ actor, brandId: params.brandId, entryId: params.entryId });
      if (!result.ok) throw useCaseError(result.error);
      return c.body(null, 204);
    },
  );
}
