import { PROVIDER_CAPABILITIES, type BrandCapabilityProviders, type ProviderCapability } from '@los/application';
import { z } from 'zod';
import { useCaseError } from '../errors.js';
import type { ProviderRegistryUseCases } from '../http-deps.js';
import type { RouteTable } from '../route-table.js';
import { idSchema } from '../schemas.js';

const brandParams = z.object({ brandId: idSchema });
const capabilitySchema = z.enum(PROVIDER_CAPABILITIES as unknown as [ProviderCapability, ...ProviderCapability[]]);
const choiceSchema = z.object({ name: z.string().trim().min(1).max(64), active: z.boolean() });
// Each repeated name is reported at its own place (`body.providers.2.name`).
const orderBody = z.object({
  providers: z
    .array(choiceSchema)
    .min(1)
    .superRefine((providers, ctx) => {
      providers.forEach((p, i) => {
        if (providers.findIndex((q) => q.name === p.name) !== i) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `${p.name} is listed twice` });
      });
    }),
});
const capabilityJson = z.object({
  capability: capabilitySchema,
  providers: z.array(choiceSchema).nullable().describe("the brand's order (first active = primary); null: the deployment default applies"),
  available: z.array(z.string()).describe('the providers this deployment has credentials for'),
  defaultProvider: z.string(),
});
const common = { tags: ['partner', 'providers'], security: 'staff' as const };

const json = (c: BrandCapabilityProviders) => ({ capability: c.capability, providers: c.providers ? c.providers.map((p) => ({ name: p.name, active: p.active })) : null, available: [...c.available], defaultProvider: c.defaultProvider });

/** The brand's provider registry (its ADMIN or a super admin): the order per capability, read and set. */
export function providerRegistryRoutes(table: RouteTable, useCases: ProviderRegistryUseCases): void {
  const path = '/api/v1/partner/brand/:brandId/providers';

  table.add(
    {
      ...common,
      method: 'get',
      path,
      summary: "The brand's provider order per capability, and the providers this deployment has credentials for",
      params: brandParams,
      responses: { 200: { description: 'each capability', schema: z.object({ capabilities: z.array(capabilityJson) }) } },
      errors: [401, 403, 404],
    },
    async (c, { params, actor }) => {
      const result = await useCases.getBrandProviders.execute({ actor, brandId: params.brandId });
      if (!result.ok) throw useCaseError(result.error);
      return c.json({ capabilities: result.value.map(json) });
    },
  );

  table.add(
    {
      ...common,
      method: 'put',
      path: `${path}/:capability`,
      summary: 'Set the order of providers for a capability: the first active one is the primary, the next active ones the fallbacks',
      params: brandParams.extend({ capability: capabilitySchema }),
      body: orderBody,
      responses: { 200: { description: 'the order as saved', schema: capabilityJson } },
      errors: [400, 401, 403, 404, 422],
    },
    async (c, { params, body, actor }) => {
      const result = await useCases.setBrandProviders.execute({ actor, brandId: params.brandId, capability: params.capability, providers: body.providers });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(json(result.value));
    },
  );
}
