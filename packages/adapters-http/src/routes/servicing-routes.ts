import { localDate, Money } from '@los/domain';
import { z } from 'zod';
import { useCaseError } from '../errors.js';
import type { ServicingUseCases } from '../http-deps.js';
import type { RouteTable } from '../route-table.js';
import { idSchema, loanSchema, pageQuerySchema } from '../schemas.js';
import {
  disbursalSchema,
  foreclosureQuoteSchema,
  loanLedgerSchema,
  loanScheduleSchema,
  manualPaymentBodySchema,
  paymentLinkSchema,
  paymentSchema,
  paymentStatusSchema,
} from './servicing-schemas.js';

const loanParams = z.object({ brandId: idSchema, loanId: idSchema });
const customerLoanParams = z.object({ loanId: idSchema });
const paymentParams = z.object({ brandId: idSchema, paymentId: idSchema });
const staff = { tags: ['partner', 'servicing'], security: 'staff' as const };
const customer = { tags: ['web', 'servicing'], security: 'customer' as const };

/**
 * The servicing of a disbursed loan: the borrower's schedule, foreclosure quote and payment links, and loan
 * ops' disbursal, ledger and manual payments with maker-checker. Staff reads pass the brand in the path;
 * another customer's loan or another brand's resource is a 404.
 */
export function servicingRoutes(table: RouteTable, useCases: ServicingUseCases): void {
  const partner = '/api/v1/partner/brand/:brandId';
  const loan = `${partner}/loans/:loanId`;
  const web = '/api/v1/web/loans/:loanId';

  // The same reads for the borrower (own loans only) and for staff of the loan's brand.
  const reads = [
    ['schedule', 'The repayment schedule with what is paid, due and outstanding today', loanScheduleSchema, useCases.getLoanSchedule, [422]],
    ['foreclosure-quote', "Today's amount to close the loan (outstanding principal, accrued interest, arrears, charges, less excess held)", foreclosureQuoteSchema, useCases.quoteForeclosure, [422]],
  ] as const;
  for (const [name, summary, schema, useCase, more] of reads) {
    table.add(
      { ...customer, method: 'get', path: `${web}/${name}`, summary: `${summary} (my loan)`, params: customerLoanParams, responses: { 200: { description: name, schema } }, errors: [401, 404, ...more] },
      async (c, { params, actor }) => {
        const r = await useCase.execute({ actor, loanId: params.loanId });
        if (!r.ok) throw useCaseError(r.error);
        return c.json(r.value);
      },
    );
    table.add(
      { ...staff, method: 'get', path: `${loan}/${name}`, summary, params: loanParams, responses: { 200: { description: name, schema } }, errors: [401, 403, 404, ...more] },
      async (c, { params, actor }) => {
        const r = await useCase.execute({ actor, brandId: params.brandId, loanId: params.loanId });
        if (!r.ok) throw useCaseError(r.error);
        return c.json(r.value);
      },
    );
  }

  table.add(
    {
      ...customer, method: 'post', path: `${web}/payment-link`, summary: 'A payment link for what is due now (REPAYMENT) or for closing the loan today (FORECLOSURE)', params: customerLoanParams,
      body: z.object({ purpose: z.enum(['REPAYMENT', 'FORECLOSURE']) }), responses: { 201: { description: 'the link', schema: paymentLinkSchema } }, errors: [401, 404, 422, 502],
    },
    async (c, { params, body, actor }) => {
      const r = await useCases.createPaymentLink.execute({ actor, loanId: params.loanId, purpose: body.purpose });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(r.value, 201);
    },
  );

  table.add(
    {
      ...staff, method: 'post', path: `${loan}/disbursal`, summary: "Pay the signed loan to the customer's verified bank account (loan ops): AGREEMENT_SIGNED → DISBURSAL_PENDING → ACTIVE", params: loanParams,
      responses: { 200: { description: "the disbursal's outcome", schema: disbursalSchema } }, errors: [401, 403, 404, 409, 422],
    },
    async (c, { params, actor }) => {
      const r = await useCases.disburseLoan.execute({ actor, ...params });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(r.value);
    },
  );

  table.add(
    { ...staff, method: 'get', path: `${loan}/ledger`, summary: "The loan's journal entries and balances (loan ops)", params: loanParams, responses: { 200: { description: 'the ledger', schema: loanLedgerSchema } }, errors: [401, 403, 404] },
    async (c, { params, actor }) => {
      const r = await useCases.getLoanLedger.execute({ actor, ...params });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(r.value);
    },
  );

  table.add(
    {
      ...staff, method: 'post', path: `${loan}/payments`, summary: 'Enter a payment received by bank transfer, by its UTR; it waits for a second member of loan ops', params: loanParams,
      body: manualPaymentBodySchema, responses: { 201: { description: 'the payment, pending approval', schema: paymentSchema } }, errors: [401, 403, 404, 409, 422],
    },
    async (c, { params, body, actor }) => {
      const r = await useCases.enterManualPayment.execute({ actor, ...params, amount: Money.of(body.amount, body.currency), utr: body.utr, receivedOn: localDate(body.receivedOn) });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(r.value, 201);
    },
  );

  table.add(
    {
      ...staff, method: 'get', path: `${partner}/payments`, summary: "The brand's payments, filtered by status and loan; status=PENDING_APPROVAL is the approval queue (loan ops)",
      params: z.object({ brandId: idSchema }), query: z.object({ status: paymentStatusSchema.optional(), loanId: idSchema.optional() }),
      responses: { 200: { description: 'the payments', schema: z.object({ items: z.array(paymentSchema) }) } }, errors: [401, 403, 404],
    },
    async (c, { params, query, actor }) => {
      const r = await useCases.listPayments.execute({ actor, brandId: params.brandId, ...(query.status ? { status: query.status } : {}), ...(query.loanId ? { loanId: query.loanId } : {}) });
      if (!r.ok) throw useCaseError(r.error);
      return c.json({ items: r.value });
    },
  );

  const decisions = [
    ['approve', 'APPROVE', 'Approve a manual payment and book it by the waterfall; never by the member of staff who entered it'],
    ['reject', 'REJECT', 'Reject a manual payment; never by the member of staff who entered it'],
  ] as const;
  for (const [action, decision, summary] of decisions) {
    table.add(
      {
        ...staff, method: 'post', path: `${partner}/payments/:paymentId/${action}`, summary: `${summary} (loan ops)`, params: paymentParams,
        body: z.object({ note: z.string().min(1).max(500).optional() }), responses: { 200: { description: 'the decided payment', schema: paymentSchema } }, errors: [401, 403, 404, 409],
      },
      async (c, { params, body, actor }) => {
        const r = await useCases.decideManualPayment.execute({ actor, ...params, decision, ...(body.note ? { note: body.note } : {}) });
        if (!r.ok) throw useCaseError(r.error);
        return c.json(r.value);
      },
    );
  }

  table.add(
    {
      ...staff, method: 'post', path: `${loan}/waivers`, summary: "Waive part of the loan's penal charges, fees (GST given back) or interest (loan ops)", params: loanParams,
      body: z.object({ bucket: z.enum(['PENAL', 'FEES', 'INTEREST']), amount: manualPaymentBodySchema.shape.amount, reason: z.string().min(3).max(500) }),
      responses: { 201: { description: 'the waiver entry and the loan status', schema: z.object({ entryId: z.string(), status: z.string() }) } }, errors: [401, 403, 404, 422],
    },
    async (c, { params, body, actor }) => {
      const r = await useCases.grantWaiver.execute({ actor, ...params, bucket: body.bucket, amount: Money.of(body.amount), reason: body.reason });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(r.value, 201);
    },
  );

  table.add(
    {
      ...staff, method: 'post', path: `${partner}/payments/:paymentId/bounce`, summary: 'Reverse a posted payment whose instrument bounced: its dues are owed again, with the brand\'s bounce charge if any (loan ops)',
      params: paymentParams, body: z.object({ reason: z.string().min(3).max(500) }),
      responses: { 200: { description: 'the bounced payment', schema: paymentSchema } }, errors: [401, 403, 404, 409, 422],
    },
    async (c, { params, body, actor }) => {
      const r = await useCases.reverseBouncedPayment.execute({ actor, ...params, reason: body.reason });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(r.value);
    },
  );

  table.add(
    {
      ...customer, method: 'get', path: '/api/v1/web/loans', summary: 'My loans on my brand, newest first (paginated)', query: pageQuerySchema,
      responses: { 200: { description: 'a page of my loans', schema: z.object({ items: z.array(loanSchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }) } }, errors: [401],
    },
    async (c, { query, actor }) => {
      const r = await useCases.listCustomerLoans.execute({ actor, limit: query.limit, offset: query.offset });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(r.value);
    },
  );
}
