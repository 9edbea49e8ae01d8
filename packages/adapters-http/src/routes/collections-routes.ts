import { z } from 'zod';
import { useCaseError } from '../errors.js';
import type { CollectionsUseCases } from '../http-deps.js';
import type { RouteTable } from '../route-table.js';
import { idSchema } from '../schemas.js';

const common = { tags: ['partner', 'collections'], security: 'staff' as const };
const base = '/api/v1/partner/brand/:brandId';
const brandParams = z.object({ brandId: idSchema });
const profileSchema = z.object({
  rating: z.string().regex(/^(?:[0-4](?:\.\d)?|5(?:\.0)?)$/, 'must be a decimal string from "0" to "5" with at most one decimal place'),
  locations: z.array(z.string().trim().min(1).max(60)).max(200).describe('pincodes or cities the executive visits'),
  capacity: z.number().int().min(0).max(100_000).optional().describe('most overdue loans they may hold; unlimited when absent'),
});
const runSchema = z.object({ assigned: z.number().int(), left: z.number().int() });

/** Collection profiles (ADMIN), a collection executive's own overdue loans, and allocation on demand. */
export function collectionsRoutes(table: RouteTable, useCases: CollectionsUseCases): void {
  table.add(
    {
      ...common,
      method: 'put',
      path: `${base}/collection-profiles/:userId`,
      summary: "Set a collection executive's rating (0–5), locations and optional capacity; the brand's ADMIN only",
      params: brandParams.extend({ userId: idSchema }),
      body: profileSchema,
      responses: { 200: { description: 'the profile as stored', schema: profileSchema.extend({ userId: idSchema }) } },
      errors: [400, 401, 403, 404],
    },
    async (c, { params, body, actor }) => {
      const profile = { userId: params.userId, rating: body.rating, locations: body.locations, ...(body.capacity === undefined ? {} : { capacity: body.capacity }) };
      const result = await useCases.setCollectionProfile.execute({ actor, brandId: params.brandId, profile });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );

  table.add(
    {
      ...common,
      method: 'get',
      path: `${base}/collections/my-loans`,
      summary: 'The overdue loans the signed-in collection staff member holds, most days past due first',
      params: brandParams,
      responses: {
        200: {
          description: 'the loans',
          schema: z.object({ items: z.array(z.object({ loanId: idSchema, customerId: idSchema, daysPastDue: z.number().int(), location: z.string(), assignedAt: z.string() })) }),
        },
      },
      errors: [401, 403, 404],
    },
    async (c, { params, actor }) => {
      const result = await useCases.listMyCollectionLoans.execute({ actor, brandId: params.brandId });
      if (!result.ok) throw useCaseError(result.error);
      return c.json({ items: result.value.map((l) => ({ ...l, assignedAt: l.assignedAt.toISOString() })) });
    },
  );

  table.add(
    {
      ...common,
      method: 'post',
      path: `${base}/collections/allocate`,
      summary: 'Place overdue loans without a collector with collection executives now (COLLECTION_MANAGER, COLLECTION_HEAD, ADMIN)',
      params: brandParams,
      responses: { 200: { description: 'how many were placed and how many still wait', schema: runSchema } },
      errors: [401, 403, 404],
    },
    async (c, { params, actor }) => {
      const result = await useCases.allocateOverdueLoans.execute({ actor, brandId: params.brandId });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );
}
