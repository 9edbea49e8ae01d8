import type { LoanStatus } from '@los/domain';
import { z } from 'zod';
import { useCaseError } from '../errors.js';
import type { HttpDeps } from '../http-deps.js';
import type { RouteTable } from '../route-table.js';
import { quoteInput } from './quote-input.js';
import { sessionTokenSchema, signInTokens } from './session-routes.js';
import { idSchema, loanSchema, loanStatusSchema, pageQuerySchema, quoteBodySchema, quoteSchema, staffRoleSchema } from '../schemas.js';

const loginBody = z.object({ email: z.email(), password: z.string().min(1).max(128) });

/** The staff API: sign-in and brand-scoped work queues. */
export function partnerRoutes(table: RouteTable, deps: HttpDeps): void {
  const { useCases } = deps;

  table.add(
    {
      method: 'post',
      path: '/api/v1/partner/auth/login',
      summary: 'Staff sign-in with e-mail and password',
      tags: ['partner'],
      security: 'public',
      body: loginBody,
      responses: {
        200: {
          description: 'signed in',
          schema: sessionTokenSchema.extend({ user: z.object({ id: idSchema, email: z.string(), name: z.string(), superAdmin: z.boolean(), roles: z.array(z.object({ brandId: idSchema, role: staffRoleSchema })) }) }),
        },
      },
      errors: [401],
    },
    async (c, { body }) => {
      const result = await useCases.authenticateStaff.execute(body);
      if (!result.ok) throw useCaseError(result.error);
      const user = result.value;
      const token = await signInTokens(deps, { kind: 'staff', userId: user.id, superAdmin: user.superAdmin, roles: user.roles });
      return c.json({ ...token, user: { id: user.id, email: user.email, name: user.name, superAdmin: user.superAdmin, roles: user.roles } });
    },
  );

  table.add(
    {
      method: 'get',
      path: '/api/v1/partner/brand/:brandId/loans',
      summary: "The brand's loans, newest first (paginated), filtered by status, completed, product or the customer's phone",
      tags: ['partner'],
      security: 'staff',
      params: z.object({ brandId: idSchema }),
      query: pageQuerySchema.extend({
        status: loanStatusSchema.optional(),
        completed: z.enum(['true', 'false']).optional().describe('only closed, settled and written-off loans'),
        productId: idSchema.optional(),
        phone: z.string().regex(/^\+[1-9]\d{7,14}$/, 'an E.164 phone number such as +919812345678').optional(),
      }),
      responses: { 200: { description: 'a page of loans', schema: z.object({ items: z.array(loanSchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }) } },
      errors: [401, 403, 404],
    },
    async (c, { params, query, actor }) => {
      const result = await useCases.listBrandLoans.execute({
        actor,
        brandId: params.brandId,
        limit: query.limit,
        offset: query.offset,
        ...(query.status ? { status: query.status as LoanStatus } : {}),
        ...(query.completed === 'true' ? { completed: true } : {}),
        ...(query.productId ? { productId: query.productId } : {}),
        ...(query.phone ? { phone: query.phone } : {}),
      });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );

  table.add(
    {
      method: 'post',
      path: '/api/v1/partner/brand/:brandId/loans/quote',
      summary: "Quote a loan on the brand's product: schedule, Key Facts Statement figures and APR",
      tags: ['partner'],
      security: 'staff',
      params: z.object({ brandId: idSchema }),
      body: quoteBodySchema,
      responses: { 200: { description: 'the quote', schema: quoteSchema } },
      errors: [401, 404, 422],
    },
    async (c, { params, body, actor }) => {
      const result = await useCases.quoteLoan.execute({ actor, brandId: params.brandId, ...quoteInput(body) });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );
}
