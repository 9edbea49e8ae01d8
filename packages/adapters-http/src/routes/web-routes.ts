import type { ApplicantDeclaration } from '@los/application';
import { Money, isValidAadhaar, isValidPan, localDate } from '@los/domain';
import { z } from 'zod';
import { useCaseError } from '../errors.js';
import type { HttpDeps } from '../http-deps.js';
import { productJson } from '../presenters.js';
import type { RouteTable } from '../route-table.js';
import { quoteInput } from './quote-input.js';
import { sessionTokenSchema, signInTokens } from './session-routes.js';
import { amountSchema, idSchema, loanSchema, localDateSchema, moneySchema, phoneSchema, productSchema, quoteBodySchema, quoteSchema } from '../schemas.js';

const registerBody = z.object({ brandId: idSchema, phone: phoneSchema });
const verifyBody = z.object({ brandId: idSchema, phone: phoneSchema, otp: z.string().regex(/^\d{6}$/, 'must be the 6-digit code') });
const applicantSchema = z.object({
  dateOfBirth: localDateSchema.optional(),
  pan: z.string().refine(isValidPan, 'must be a PAN such as "ABCPE1234F" (five letters, the fourth the holder type, four digits, a letter)').optional(),
  monthlyIncome: z.object({ amount: amountSchema, currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "INR"') }).optional(),
  employmentType: z.enum(['SALARIED', 'SELF_EMPLOYED', 'UNEMPLOYED']).optional(),
  employer: z.object({ name: z.string().min(1).max(200), category: z.string().regex(/^[A-Z0-9]{1,10}$/, 'an upper-case category such as "A"').optional() }).optional(),
  monthsWithEmployer: z.number().int().min(0).max(600).optional(),
  pincode: z.string().regex(/^[1-9]\d{5}$/, 'must be a 6-digit Indian pincode').optional(),
  email: z.email().optional(),
  aadhaarNumber: z
    .string()
    .refine(isValidAadhaar, 'must be a 12-digit Aadhaar number (spaces allowed) with a valid check digit')
    .optional()
    .describe('checked against the brand\'s Aadhaar blocklist; only its keyed reference is kept, never the number'),
});
const applyBody = z.object({ productId: idSchema, amount: moneySchema, tenure: z.number().int().min(1).max(600), applicant: applicantSchema.optional() });

/** The applicant's declarations as the use case takes them. */
function applicantOf(a: z.output<typeof applicantSchema>): ApplicantDeclaration {
  return {
    ...(a.dateOfBirth ? { dateOfBirth: localDate(a.dateOfBirth) } : {}),
    ...(a.pan ? { pan: a.pan } : {}),
    ...(a.monthlyIncome ? { monthlyIncome: Money.of(a.monthlyIncome.amount, a.monthlyIncome.currency) } : {}),
    ...(a.employmentType ? { employmentType: a.employmentType } : {}),
    ...(a.employer ? { employerName: a.employer.name, ...(a.employer.category ? { employerCategory: a.employer.category } : {}) } : {}),
    ...(a.monthsWithEmployer !== undefined ? { monthsWithEmployer: a.monthsWithEmployer } : {}),
    ...(a.pincode ? { pincode: a.pincode } : {}),
    ...(a.email ? { email: a.email } : {}),
    ...(a.aadhaarNumber ? { aadhaarNumber: a.aadhaarNumber } : {}),
  };
}

/** The customer API: OTP sign-up, products, applications. */
export function webRoutes(table: RouteTable, deps: HttpDeps): void {
  const { useCases } = deps;

  table.add(
    {
      method: 'get',
      path: '/api/v1/web/brands/:brandId/products',
      summary: "A brand's loan products",
      tags: ['web'],
      security: 'public',
      params: z.object({ brandId: idSchema }),
      responses: { 200: { description: 'active products', schema: z.object({ items: z.array(productSchema) }) } },
      errors: [404],
    },
    async (c, { params }) => {
      const result = await useCases.listProducts.execute({ brandId: params.brandId });
      if (!result.ok) throw useCaseError(result.error);
      return c.json({ items: result.value.map(productJson) });
    },
  );

  table.add(
    {
      method: 'post',
      path: '/api/v1/web/auth/register',
      summary: 'Send a 6-digit OTP to a phone number (valid 5 minutes)',
      tags: ['web'],
      security: 'public',
      body: registerBody,
      responses: { 202: { description: 'the OTP was sent', schema: z.object({ expiresInSeconds: z.number().int() }) } },
      errors: [404, 429, 502],
    },
    async (c, { body }) => {
      const result = await useCases.requestOtp.execute({ brandId: body.brandId, phone: body.phone });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value, 202);
    },
  );

  table.add(
    {
      method: 'post',
      path: '/api/v1/web/auth/verify-otp',
      summary: 'Verify the OTP; registers the customer on first use and returns an access token and a refresh token',
      tags: ['web'],
      security: 'public',
      body: verifyBody,
      responses: { 200: { description: 'signed in', schema: sessionTokenSchema.extend({ customer: z.object({ id: idSchema, brandId: idSchema, phone: z.string() }) }) } },
      errors: [401, 429],
    },
    async (c, { body }) => {
      const result = await useCases.verifyOtp.execute(body);
      if (!result.ok) throw useCaseError(result.error);
      const customer = result.value;
      const token = await signInTokens(deps, { kind: 'customer', customerId: customer.id, brandId: customer.brandId });
      return c.json({ ...token, customer: { id: customer.id, brandId: customer.brandId, phone: customer.phone } });
    },
  );

  table.add(
    {
      method: 'post',
      path: '/api/v1/web/loans',
      summary: 'Apply for a loan (amount and tenure are checked against the product); the optional applicant declarations feed the decision',
      tags: ['web'],
      security: 'customer',
      body: applyBody,
      responses: { 201: { description: 'the application, status APPLIED', schema: loanSchema } },
      errors: [401, 404, 422],
    },
    async (c, { body, actor }) => {
      const result = await useCases.applyForLoan.execute({
        actor,
        productId: body.productId,
        amount: Money.of(body.amount.amount, body.amount.currency),
        tenure: body.tenure,
        ...(body.applicant ? { applicant: applicantOf(body.applicant) } : {}),
      });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value, 201);
    },
  );

  table.add(
    {
      method: 'post',
      path: '/api/v1/web/loans/quote',
      summary: "Quote a loan on one of my brand's products: schedule, Key Facts Statement figures and APR",
      tags: ['web'],
      security: 'customer',
      body: quoteBodySchema,
      responses: { 200: { description: 'the quote', schema: quoteSchema } },
      errors: [401, 404, 422],
    },
    async (c, { body, actor }) => {
      if (actor.kind !== 'customer') throw new Error('customer route reached without a customer');
      const result = await useCases.quoteLoan.execute({ actor, brandId: actor.brandId, ...quoteInput(body) });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );

  table.add(
    {
      method: 'get',
      path: '/api/v1/web/loans/:loanId',
      summary: 'One of my loans',
      tags: ['web'],
      security: 'customer',
      params: z.object({ loanId: idSchema }),
      responses: { 200: { description: 'the loan', schema: loanSchema } },
      errors: [401, 404],
    },
    async (c, { params, actor }) => {
      const result = await useCases.getCustomerLoan.execute({ actor, loanId: params.loanId });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );
}
