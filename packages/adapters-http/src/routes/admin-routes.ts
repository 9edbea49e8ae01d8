import { Money, Rate, type ProcessingFee } from '@los/domain';
import type { StaffRole } from '@los/application';
import { z } from 'zod';
import { useCaseError } from '../errors.js';
import type { HttpDeps } from '../http-deps.js';
import { productJson } from '../presenters.js';
import type { RouteTable } from '../route-table.js';
import type { processingFeeSchema} from '../schemas.js';
import { idSchema, productInputSchema, productSchema, staffRoleSchema } from '../schemas.js';

const createBrandBody = z.object({
  code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'lower-case letters, digits and dashes, 2–40 characters'),
  name: z.string().min(1).max(120),
  products: z.array(productInputSchema).min(1).max(20),
});

const createStaffBody = z.object({
  email: z.email(),
  name: z.string().min(1).max(120),
  password: z.string().min(12, 'at least 12 characters').max(128),
  roles: z.array(z.object({ brandId: idSchema, role: staffRoleSchema })).max(50).default([]),
  superAdmin: z.boolean().default(false),
});

const brandSchema = z.object({ id: idSchema, code: z.string(), name: z.string(), createdAt: z.string() });
const staffSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  superAdmin: z.boolean(),
  roles: z.array(z.object({ brandId: idSchema, role: staffRoleSchema })),
  active: z.boolean(),
  createdAt: z.string(),
});

function toFee(fee: z.output<typeof processingFeeSchema>, currency: string): ProcessingFee {
  if (fee.kind === 'FLAT') return { kind: 'FLAT', amount: Money.of(fee.amount, currency) };
  return {
    kind: 'PERCENT',
    rate: Rate.percent(fee.percent),
    ...(fee.min ? { min: Money.of(fee.min, currency) } : {}),
    ...(fee.max ? { max: Money.of(fee.max, currency) } : {}),
  };
}

/** Platform administration: brands (tenants) with their products, and staff users. */
export function adminRoutes(table: RouteTable, deps: HttpDeps): void {
  const { useCases } = deps;
  table.add(
    {
      method: 'post',
      path: '/api/v1/admin/brands',
      summary: 'Create a brand with its loan products (super admin)',
      tags: ['admin'],
      security: 'staff',
      body: createBrandBody,
      responses: { 201: { description: 'the brand and its products', schema: z.object({ brand: brandSchema, products: z.array(productSchema) }) } },
      errors: [401, 403, 409, 422],
    },
    async (c, { body, actor }) => {
      const result = await useCases.createBrand.execute({
        actor,
        code: body.code,
        name: body.name,
        products: body.products.map((p) => ({
          code: p.code,
          name: p.name,
          currency: p.currency,
          minAmount: Money.of(p.minAmount, p.currency),
          maxAmount: Money.of(p.maxAmount, p.currency),
          tenureUnit: p.tenureUnit,
          allowedTenures: p.allowedTenures,
          annualRate: Rate.percent(p.annualRatePercent),
          processingFee: toFee(p.processingFee, p.currency),
        })),
      });
      if (!result.ok) throw useCaseError(result.error);
      const { brand, products } = result.value;
      return c.json({ brand: { ...brand, createdAt: brand.createdAt.toISOString() }, products: products.map(productJson) }, 201);
    },
  );

  table.add(
    {
      method: 'post',
      path: '/api/v1/admin/staff',
      summary: 'Create a staff user with roles on brands (super admin, or the brands’ ADMIN)',
      tags: ['admin'],
      security: 'staff',
      body: createStaffBody,
      responses: { 201: { description: 'the user, without credentials', schema: staffSchema } },
      errors: [401, 403, 404, 409],
    },
    async (c, { body, actor }) => {
      const result = await useCases.createStaffUser.execute({
        actor,
        email: body.email,
        name: body.name,
        password: body.password,
        roles: body.roles.map((r) => ({ brandId: r.brandId, role: r.role as StaffRole })),
        superAdmin: body.superAdmin,
      });
      if (!result.ok) throw useCaseError(result.error);
      return c.json({ ...result.value, createdAt: result.value.createdAt.toISOString() }, 201);
    },
  );
}
