import { REPLAY_LIMIT_MAX } from '@los/application';
import { localDate } from '@los/domain';
import { z } from 'zod';
import { useCaseError } from '../errors.js';
import type { DecisioningUseCases } from '../http-deps.js';
import type { RouteTable } from '../route-table.js';
import { idSchema, localDateSchema } from '../schemas.js';

const brandParams = z.object({ brandId: idSchema });
const ruleSetIdSchema = z.string().max(100).regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'letters, digits, "_", "-" or "."');
const versionParams = brandParams.extend({ ruleSetId: ruleSetIdSchema, version: z.coerce.number().int().min(1).max(1_000_000) });
const jsonObject = z.record(z.string(), z.unknown());
const documentBody = z.object({ document: jsonObject, scorecard: jsonObject.optional() });

const versionSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  fingerprint: z.string(),
  status: z.enum(['draft', 'checked', 'active', 'retired']),
  productCode: z.string().nullable(),
  checkedOn: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  hasScorecard: z.boolean(),
  document: jsonObject.optional(),
  scorecard: jsonObject.nullable().optional(),
});
const reasonSchema = z.object({ code: z.string(), ruleId: z.string(), kind: z.enum(['hard', 'soft']), cause: z.enum(['failed', 'unknown']) });
const ruleSetRefSchema = z.object({ id: z.string(), version: z.number().int(), fingerprint: z.string() });
const decisionSchema = z.object({
  id: idSchema,
  loanId: idSchema,
  ruleSet: ruleSetRefSchema,
  outcome: z.enum(['approved', 'declined', 'referred']),
  loanStatus: z.enum(['REJECTED', 'UNDER_REVIEW']),
  reasons: z.array(reasonSchema),
  evaluation: jsonObject.nullable(),
  explanation: z.array(jsonObject),
  facts: jsonObject,
  asOf: z.string(),
  decidedAt: z.string(),
});
const common = { tags: ['partner', 'decisioning'], security: 'staff' as const };

/** Staff routes of decisioning: rule set versions and their lifecycle, loan decisions, staff availability. */
export function decisioningRoutes(table: RouteTable, useCases: DecisioningUseCases): void {
  const base = '/api/v1/partner/brand/:brandId';

  table.add(
    { ...common, method: 'get', path: `${base}/rule-sets`, summary: "The brand's rule set versions (admins)", params: brandParams, responses: { 200: { description: 'every version', schema: z.object({ items: z.array(versionSchema) }) } }, errors: [401, 403, 404] },
    async (c, { params, actor }) => {
      const result = await useCases.listRuleSets.execute({ actor, brandId: params.brandId });
      if (!result.ok) throw useCaseError(result.error);
      return c.json({ items: result.value });
    },
  );

  table.add(
    { ...common, method: 'post', path: `${base}/rule-sets`, summary: 'Draft a rule set version (it must compile; a version number is never reused)', params: brandParams, body: documentBody, responses: { 201: { description: 'the draft', schema: versionSchema } }, errors: [401, 403, 404, 409, 422] },
    async (c, { params, body, actor }) => {
      const result = await useCases.draftRuleSet.execute({ actor, brandId: params.brandId, document: body.document, ...(body.scorecard ? { scorecard: body.scorecard } : {}) });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value, 201);
    },
  );

  table.add(
    { ...common, method: 'post', path: `${base}/rule-sets/validate`, summary: 'Check that a rule set document compiles, storing nothing', params: brandParams, body: documentBody, responses: { 200: { description: 'valid, or every problem with its rule and path', schema: z.object({ valid: z.boolean(), errors: z.array(jsonObject), ruleSet: ruleSetRefSchema.nullable() }) } }, errors: [401, 403, 404] },
    async (c, { params, body, actor }) => {
      const result = await useCases.validateRuleSet.execute({ actor, brandId: params.brandId, document: body.document, ...(body.scorecard ? { scorecard: body.scorecard } : {}) });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );

  table.add(
    { ...common, method: 'get', path: `${base}/rule-sets/:ruleSetId/versions/:version`, summary: 'One rule set version with its document', params: versionParams, responses: { 200: { description: 'the version', schema: versionSchema } }, errors: [401, 403, 404] },
    async (c, { params, actor }) => {
      const result = await useCases.getRuleSetVersion.execute({ actor, ...params });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );

  table.add(
    {
      ...common,
      method: 'post',
      path: `${base}/rule-sets/:ruleSetId/versions/:version/check`,
      summary: 'Run the verification harness on a draft; a passing report marks it checked',
      params: versionParams,
      body: z.object({ runs: z.number().int().min(10).max(2000).optional(), seed: z.number().int().min(0).max(2_147_483_647).optional() }),
      responses: { 200: { description: 'passed or not, with the report', schema: z.object({ passed: z.boolean(), version: versionSchema, report: jsonObject }) } },
      errors: [401, 403, 404, 409],
    },
    async (c, { params, body, actor }) => {
      const result = await useCases.checkRuleSetVersion.execute({ actor, ...params, ...(body.runs ? { runs: body.runs } : {}), ...(body.seed !== undefined ? { seed: body.seed } : {}) });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );

  table.add(
    {
      ...common,
      method: 'post',
      path: `${base}/rule-sets/:ruleSetId/versions/:version/dry-run`,
      summary: "Decide a stored loan with this version, changing nothing (the loan's decided facts, or the providers' now)",
      params: versionParams,
      body: z.object({ loanId: idSchema }),
      responses: { 200: { description: 'what the version would decide, and the decision that stands', schema: jsonObject } },
      errors: [401, 403, 404],
    },
    async (c, { params, body, actor }) => {
      const result = await useCases.dryRunRuleSet.execute({ actor, ...params, loanId: body.loanId });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );

  const changeSchema = z.object({
    loanId: idSchema,
    decisionId: idSchema,
    decidedBy: ruleSetRefSchema,
    before: z.enum(['approved', 'declined', 'referred']),
    after: z.enum(['approved', 'declined', 'referred']),
    reasonsBefore: z.array(z.string()),
    reasonsAfter: z.array(z.string()),
  });
  table.add(
    {
      ...common,
      method: 'post',
      path: `${base}/rule-sets/:ruleSetId/versions/:version/replay`,
      summary: "Replay this version over the brand's past applications (each loan's standing decision by the rule set, on its own facts and date) and list the decisions it would change; changes nothing",
      params: versionParams,
      body: z.object({ limit: z.number().int().min(1).max(REPLAY_LIMIT_MAX).default(200).describe('the newest past applications to replay') }),
      responses: {
        200: {
          description: 'counts by decided→would decide, and each changed decision, outcome changes first',
          schema: z.object({ ruleSet: ruleSetRefSchema, replayed: z.number().int(), transitions: z.record(z.string(), z.number().int()), changed: z.array(changeSchema) }),
        },
      },
      errors: [401, 403, 404],
    },
    async (c, { params, body, actor }) => {
      const result = await useCases.replayRuleSetVersion.execute({ actor, ...params, limit: body.limit });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );

  table.add(
    { ...common, method: 'post', path: `${base}/rule-sets/:ruleSetId/versions/:version/activate`, summary: 'Activate a checked version; the active one for the product is retired', params: versionParams, responses: { 200: { description: 'the active version', schema: versionSchema } }, errors: [401, 403, 404, 409] },
    async (c, { params, actor }) => {
      const result = await useCases.activateRuleSet.execute({ actor, ...params });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );

  table.add(
    { ...common, method: 'get', path: `${base}/loans/:loanId/decision`, summary: "A loan's automated decision: outcome, reasons, rule-set version, explanation and facts", params: brandParams.extend({ loanId: idSchema }), responses: { 200: { description: 'the decision', schema: decisionSchema } }, errors: [401, 403, 404] },
    async (c, { params, actor }) => {
      const result = await useCases.getLoanDecision.execute({ actor, brandId: params.brandId, loanId: params.loanId });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );

  table.add(
    { ...common, method: 'post', path: `${base}/loans/allocate`, summary: 'Place loans under review that no loan executive could take when decided', params: brandParams, responses: { 200: { description: 'how many were placed and how many still wait', schema: z.object({ assigned: z.number().int(), left: z.number().int() }) } }, errors: [401, 403, 404] },
    async (c, { params, actor }) => {
      const result = await useCases.allocateUnassignedLoans.execute({ actor, brandId: params.brandId });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );

  table.add(
    {
      ...common,
      method: 'post',
      path: `${base}/staff/:staffId/unavailability`,
      summary: 'Mark (or clear) days a member of staff takes no new loans',
      params: brandParams.extend({ staffId: idSchema }),
      body: z.object({ dates: z.array(localDateSchema).min(1).max(366), unavailable: z.boolean().default(true) }),
      responses: { 200: { description: 'how many days changed', schema: z.object({ changed: z.number().int() }) } },
      errors: [401, 403, 404],
    },
    async (c, { params, body, actor }) => {
      const result = await useCases.setStaffUnavailability.execute({ actor, brandId: params.brandId, staffId: params.staffId, dates: body.dates.map(localDate), unavailable: body.unavailable });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );

  table.add(
    {
      ...common,
      method: 'get',
      path: `${base}/staff-unavailability`,
      summary: "The staff's unavailable days in a date range",
      params: brandParams,
      query: z.object({ from: localDateSchema, to: localDateSchema }),
      responses: { 200: { description: 'days by date, then staff', schema: z.object({ items: z.array(z.object({ staffId: idSchema, date: z.string() })) }) } },
      errors: [401, 403, 404],
    },
    async (c, { params, query, actor }) => {
      const result = await useCases.listStaffUnavailability.execute({ actor, brandId: params.brandId, from: localDate(query.from), to: localDate(query.to) });
      if (!result.ok) throw useCaseError(result.error);
      return c.json({ items: result.value });
    },
  );

  table.add(
    {
      ...common,
      method: 'post',
      path: `${base}/closed-dates`,
      summary: 'Close (or reopen) whole days of the brand: no new loan is allocated on a closed day',
      params: brandParams,
      body: z.object({ dates: z.array(localDateSchema).min(1).max(366), closed: z.boolean().default(true), reason: z.string().min(1).max(200).optional() }),
      responses: { 200: { description: 'how many days changed', schema: z.object({ changed: z.number().int() }) } },
      errors: [401, 403, 404],
    },
    async (c, { params, body, actor }) => {
      const result = await useCases.setBrandClosedDates.execute({
        actor,
        brandId: params.brandId,
        dates: body.dates.map(localDate),
        closed: body.closed,
        ...(body.reason ? { reason: body.reason } : {}),
      });
      if (!result.ok) throw useCaseError(result.error);
      return c.json(result.value);
    },
  );

  table.add(
    {
      ...common,
      method: 'get',
      path: `${base}/closed-dates`,
      summary: "The brand's closed days in a date range",
      params: brandParams,
      query: z.object({ from: localDateSchema, to: localDateSchema }),
      responses: { 200: { description: 'days in date order', schema: z.object({ items: z.array(z.object({ date: z.string(), reason: z.string() })) }) } },
      errors: [401, 403, 404],
    },
    async (c, { params, query, actor }) => {
      const result = await useCases.listBrandClosedDates.execute({ actor, brandId: params.brandId, from: localDate(query.from), to: localDate(query.to) });
      if (!result.ok) throw useCaseError(result.error);
      return c.json({ items: result.value });
    },
  );
}
