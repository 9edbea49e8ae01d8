import type { CamVersion, LoanComment, TimelineEntry } from '@los/application';
import type { LoanSnapshot } from '@los/domain';
import { z } from 'zod';
import { useCaseError } from '../errors.js';
import type { LifecycleUseCases } from '../http-deps.js';
import type { RouteTable } from '../route-table.js';
import { amountSchema, idSchema, moneySchema } from '../schemas.js';

const loanParams = z.object({ brandId: idSchema, loanId: idSchema });
const customerLoanParams = z.object({ loanId: idSchema });
const jsonObject = z.record(z.string(), z.unknown());
const statusSchema = z.object({ status: z.string() });
const camSchema = z.object({ version: z.number().int(), salaryCredits: z.array(z.string()), obligations: z.array(z.string()), appraisal: z.record(z.string(), z.string()), createdBy: z.string(), createdAt: z.string() });
const commentSchema = z.object({ id: idSchema, authorId: z.string(), body: z.string(), createdAt: z.string() });
const timelineSchema = z.object({ type: z.string(), status: z.string(), actorId: z.string().nullable(), at: z.string(), details: jsonObject });
const detailSchema = z.object({
  loan: z.object({
    id: idSchema, brandId: idSchema, customerId: idSchema, productId: idSchema, amount: moneySchema, tenure: z.number().int(), status: z.string(),
    rejectionReasons: z.array(z.string()), camVersion: z.number().int().nullable(), recommendedBy: z.string().nullable(), sanctionedBy: z.string().nullable(),
    sanctionedAt: z.string().nullable(), esignRequestId: z.string().nullable(), appliedAt: z.string(), updatedAt: z.string(), version: z.number().int(),
  }),
  cam: camSchema.nullable(),
  comments: z.array(commentSchema),
  timeline: z.array(timelineSchema),
});
const camBody = z.object({ salaryCredits: z.array(amountSchema).min(1).max(3), obligations: z.array(amountSchema).max(20).default([]) });
const staff = { tags: ['partner', 'lifecycle'], security: 'staff' as const };
const customer = { tags: ['web', 'lifecycle'], security: 'customer' as const };

const camJson = (c: CamVersion) => ({ version: c.version, salaryCredits: [...c.salaryCredits], obligations: [...c.obligations], appraisal: c.appraisal, createdBy: c.createdBy, createdAt: c.createdAt.toISOString() });
const commentJson = (c: LoanComment) => ({ id: c.id, authorId: c.authorId, body: c.body, createdAt: c.createdAt.toISOString() });
const timelineJson = (e: TimelineEntry) => ({ type: e.type, status: e.status, actorId: e.actorId ?? null, at: e.at.toISOString(), details: e.details });
const loanJson = (s: LoanSnapshot) => ({
  id: s.id, brandId: s.brandId, customerId: s.customerId, productId: s.productId, amount: s.amount.toJSON(), tenure: s.tenure, status: s.status,
  rejectionReasons: [...s.rejectionReasons], camVersion: s.camVersion ?? null, recommendedBy: s.recommendedBy ?? null, sanctionedBy: s.sanctionedBy ?? null,
  sanctionedAt: s.sanctionedAt?.toISOString() ?? null, esignRequestId: s.agreement?.esignRequestId ?? null, appliedAt: s.appliedAt.toISOString(), updatedAt: s.updatedAt.toISOString(), version: s.version,
});

/** Staff routes of a loan after review (detail, CAM, recommend, sanction, reject, comments, agreement) and the customer's documents and cancellation. */
export function lifecycleRoutes(table: RouteTable, useCases: LifecycleUseCases): void {
  const base = '/api/v1/partner/brand/:brandId/loans/:loanId';

  table.add(
    { ...staff, method: 'get', path: base, summary: 'A loan with its latest CAM, comments and timeline', params: loanParams, responses: { 200: { description: 'the loan', schema: detailSchema } }, errors: [401, 403, 404] },
    async (c, { params, actor }) => {
      const r = await useCases.getLoanDetail.execute({ actor, ...params });
      if (!r.ok) throw useCaseError(r.error);
      const d = r.value;
      return c.json({ loan: loanJson(d.loan), cam: d.cam ? camJson(d.cam) : null, comments: d.comments.map(commentJson), timeline: d.timeline.map(timelineJson) });
    },
  );

  table.add(
    { ...staff, method: 'put', path: `${base}/cam`, summary: 'Compute and save the next CAM version (credit executive view)', params: loanParams, body: camBody, responses: { 200: { description: 'the saved version', schema: z.object({ version: z.number().int(), appraisal: z.record(z.string(), z.string()) }) } }, errors: [401, 403, 404, 409, 422] },
    async (c, { params, body, actor }) => {
      const r = await useCases.saveAppraisal.execute({ actor, ...params, salaryCredits: body.salaryCredits, obligations: body.obligations });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(r.value);
    },
  );

  table.add(
    { ...staff, method: 'get', path: `${base}/cam`, summary: 'The latest CAM version', params: loanParams, responses: { 200: { description: 'the CAM', schema: camSchema } }, errors: [401, 403, 404] },
    async (c, { params, actor }) => {
      const r = await useCases.getLoanDetail.execute({ actor, ...params });
      if (!r.ok) throw useCaseError(r.error);
      if (!r.value.cam) throw useCaseError({ code: 'CAM_NOT_FOUND' });
      return c.json(camJson(r.value.cam));
    },
  );

  const transitions = [
    ['recommend', 'Recommend the appraised loan (credit executive view): UNDER_REVIEW → CREDIT_APPROVED', useCases.recommendLoan, []],
    ['sanction', "Sanction within the role limit; never by the recommender; 422 KYC_INCOMPLETE until the customer verified the brand's required KYC steps (sanction view): CREDIT_APPROVED → SANCTIONED", useCases.sanctionLoan, [422]],
  ] as const;
  for (const [action, summary, useCase, more] of transitions) {
    table.add(
      { ...staff, method: 'post', path: `${base}/${action}`, summary, params: loanParams, responses: { 200: { description: 'the new status', schema: statusSchema } }, errors: [401, 403, 404, 409, ...more] },
      async (c, { params, actor }) => {
        const r = await useCase.execute({ actor, ...params });
        if (!r.ok) throw useCaseError(r.error);
        return c.json(r.value);
      },
    );
  }

  table.add(
    { ...staff, method: 'post', path: `${base}/reject`, summary: "Reject with one of the brand's reasons (sanction view)", params: loanParams, body: z.object({ reasonCode: z.string().min(1).max(64) }), responses: { 200: { description: 'the new status', schema: statusSchema } }, errors: [401, 403, 404, 409, 422] },
    async (c, { params, body, actor }) => {
      const r = await useCases.rejectLoan.execute({ actor, ...params, reasonCode: body.reasonCode });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(r.value);
    },
  );

  table.add(
    { ...staff, method: 'post', path: `${base}/comments`, summary: 'Leave a note on the loan', params: loanParams, body: z.object({ body: z.string().min(1).max(4000) }), responses: { 201: { description: 'the comment', schema: commentSchema } }, errors: [401, 403, 404, 422] },
    async (c, { params, body, actor }) => {
      const r = await useCases.addLoanComment.execute({ actor, ...params, body: body.body });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(commentJson(r.value), 201);
    },
  );

  table.add(
    { ...staff, method: 'get', path: `${base}/comments`, summary: 'Notes on the loan, oldest first', params: loanParams, responses: { 200: { description: 'the comments', schema: z.object({ items: z.array(commentSchema) }) } }, errors: [401, 403, 404] },
    async (c, { params, actor }) => {
      const r = await useCases.getLoanDetail.execute({ actor, ...params });
      if (!r.ok) throw useCaseError(r.error);
      return c.json({ items: r.value.comments.map(commentJson) });
    },
  );

  table.add(
    {
      ...staff, method: 'post', path: `${base}/agreement/send`, summary: 'Render and store the KFS and agreement, request e-sign: SANCTIONED → AGREEMENT_SENT (sanction view)', params: loanParams,
      responses: { 200: { description: 'the e-sign request', schema: z.object({ esignRequestId: z.string(), signingUrl: z.string().optional() }) } }, errors: [401, 403, 404, 409, 502],
    },
    async (c, { params, actor }) => {
      const r = await useCases.sendAgreement.execute({ actor, ...params });
      if (!r.ok) throw useCaseError(r.error);
      return c.json({ esignRequestId: r.value.esignRequestId, ...(r.value.signingUrl === undefined ? {} : { signingUrl: r.value.signingUrl }) });
    },
  );

  table.add(
    {
      ...customer, method: 'get', path: '/api/v1/web/loans/:loanId/documents', summary: 'The KFS, agreement, e-sign page (while a signature is awaited) and (once closed) NOC of my loan, as links that expire', params: customerLoanParams,
      responses: { 200: { description: 'signed links', schema: z.object({ items: z.array(z.object({ kind: z.enum(['KFS', 'AGREEMENT', 'ESIGN', 'NOC']), url: z.string(), expiresAt: z.string() })) }) } }, errors: [401, 404],
    },
    async (c, { params, actor }) => {
      const r = await useCases.getCustomerLoanDocuments.execute({ actor, loanId: params.loanId });
      if (!r.ok) throw useCaseError(r.error);
      return c.json({ items: r.value.map((d) => ({ kind: d.kind, url: d.url, expiresAt: d.expiresAt.toISOString() })) });
    },
  );

  table.add(
    { ...customer, method: 'post', path: '/api/v1/web/loans/:loanId/cancel', summary: 'Cancel my sanctioned loan within the cooling-off period', params: customerLoanParams, responses: { 200: { description: 'the new status', schema: statusSchema } }, errors: [401, 404, 409] },
    async (c, { params, actor }) => {
      const r = await useCases.cancelLoan.execute({ actor, loanId: params.loanId });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(r.value);
    },
  );
}
