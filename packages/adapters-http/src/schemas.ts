import { LOAN_STATUSES, isLocalDate } from '@los/domain';
import { STAFF_ROLES } from '@los/application';
import { z } from 'zod';

/** A UUID (any version). */
export const idSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a UUID');

/** A non-negative amount as a decimal string with at most two decimals. */
export const amountSchema = z.string().regex(/^\d{1,15}(\.\d{1,2})?$/, 'must be a decimal string such as "25000.00" (at most 2 decimals)');

/** A percentage as a decimal string. */
export const percentSchema = z.string().regex(/^\d{1,3}(\.\d{1,6})?$/, 'must be a percentage as a decimal string such as "24.5"');

/** Money on the wire: a decimal string and an ISO currency, never a JSON number. */
export const moneySchema = z.object({
  amount: amountSchema,
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "INR"'),
});

/** A phone number in E.164 form. */
export const phoneSchema = z.string().regex(/^\+[1-9]\d{7,14}$/, 'must be an E.164 number such as "+919812345678"');

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

export const loanStatusSchema = z.enum(LOAN_STATUSES as [string, ...string[]]);
export const staffRoleSchema = z.enum(STAFF_ROLES as [string, ...string[]]);

export const processingFeeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('FLAT'), amount: amountSchema }),
  z.object({ kind: z.literal('PERCENT'), percent: percentSchema, min: amountSchema.optional(), max: amountSchema.optional() }),
]);

export const productInputSchema = z.object({
  code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'lower-case letters, digits and dashes, 2–40 characters'),
  name: z.string().min(1).max(120),
  currency: z.string().regex(/^[A-Z]{3}$/).default('INR'),
  minAmount: amountSchema,
  maxAmount: amountSchema,
  tenureUnit: z.enum(['DAY', 'MONTH']),
  allowedTenures: z.array(z.number().int().min(1).max(600)).min(1).max(50),
  annualRatePercent: percentSchema,
  processingFee: processingFeeSchema,
});

export const productSchema = productInputSchema.extend({ id: idSchema, brandId: idSchema, active: z.boolean() });

export const loanSchema = z.object({
  id: idSchema,
  brandId: idSchema,
  customerId: idSchema,
  productId: idSchema,
  amount: moneySchema,
  tenure: z.number().int(),
  status: loanStatusSchema,
  rejectionReasons: z.array(z.string()),
  assigneeId: idSchema.nullable(),
  decisionId: idSchema.nullable(),
  appliedAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const tokenSchema = z.object({ accessToken: z.string(), tokenType: z.literal('Bearer'), expiresIn: z.number().int() });

/** A calendar date. */
export const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a YYYY-MM-DD date').refine(isLocalDate, 'must be a real calendar date');

export const quoteBodySchema = z.object({
  productId: idSchema,
  amount: moneySchema,
  tenure: z.number().int().min(1).max(600),
  disbursementDate: localDateSchema.optional(),
});

const scheduleRowSchema = z.object({
  number: z.number().int(),
  dueDate: z.string(),
  days: z.number().int(),
  openingBalance: z.string(),
  principal: z.string(),
  interest: z.string(),
  fees: z.string(),
  total: z.string(),
  closingBalance: z.string(),
});

export const quoteSchema = z.object({
  productId: idSchema,
  schedule: z.looseObject({ rows: z.array(scheduleRowSchema), totals: z.looseObject({}) }),
  keyFacts: z.looseObject({
    sanctionedAmount: z.string(),
    netDisbursedAmount: z.string(),
    totalInterest: z.string(),
    totalFeesAndCharges: z.string(),
    totalAmountPayable: z.string(),
    apr: z.looseObject({ aprPercent: z.string() }),
    coolingOffDays: z.number().int(),
  }),
});
