import { type AadhaarCheck, type BankAccountCheck, type CustomerKycView, type EmploymentCheck, KYC_STEPS, type KycStep, type PanCheck } from '@los/application';
import { isValidAadhaar, isValidPan } from '@los/domain';
import { z } from 'zod';
import { useCaseError } from '../errors.js';
import type { KycUseCases } from '../http-deps.js';
import type { RouteTable } from '../route-table.js';
import { idSchema } from '../schemas.js';

const stepSchema = z.enum(KYC_STEPS as unknown as [KycStep, ...KycStep[]]);
const check = { status: z.enum(['VERIFIED', 'FAILED', 'OTP_SENT']), result: z.string(), checkedAt: z.string() };
const score = z.number().int().nullable();
const panSchema = z.object({ ...check, pan: z.string(), registeredName: z.string().nullable(), nameMatchScore: score });
const aadhaarSchema = z.object({ ...check, maskedAadhaar: z.string(), name: z.string().nullable(), dateOfBirth: z.string().nullable() });
const bankSchema = z.object({ ...check, accountNumber: z.string(), ifsc: z.string(), holderName: z.string().nullable(), nameMatchScore: score, providerReference: z.string(), verifiedAt: z.string().nullable() });
const employmentSchema = z.object({ ...check, uan: z.string(), employer: z.string().nullable(), name: z.string().nullable(), nameMatchScore: score });
const settingsSchema = z.object({ requiredSteps: z.array(stepSchema).max(KYC_STEPS.length), nameMatchThreshold: z.number().int().min(0).max(100) });
const kycSchema = z.object({
  customerId: idSchema, verifiedName: z.string().nullable(), requiredSteps: z.array(stepSchema), missingSteps: z.array(stepSchema), nameMatchThreshold: z.number().int(),
  pan: panSchema.nullable(), aadhaar: aadhaarSchema.nullable(), bankAccount: bankSchema.nullable(), employment: employmentSchema.nullable(),
});

const panBody = z.object({
  pan: z.string().refine(isValidPan, 'must be a PAN such as "ABCPE1234F" (five letters, the fourth the holder type, four digits, a letter)'),
  name: z.string().trim().min(1).max(200),
});
const aadhaarBody = z.object({ aadhaarNumber: z.string().regex(/^\d{12}$/, 'must be the 12 digits of an Aadhaar number').refine(isValidAadhaar, 'is not a valid Aadhaar number (check digit)') });
const otpBody = z.object({ referenceId: z.string().min(1).max(200), otp: z.string().regex(/^\d{6}$/, 'must be the 6-digit code') });
const bankBody = z.object({
  accountNumber: z.string().regex(/^\d{9,18}$/, 'must be 9 to 18 digits'),
  // RBI's IFSC structure: four letters (the bank), a zero, six letters or digits (the branch).
  ifsc: z.string().regex(/^[A-Z]{4}0[A-Z0-9]{6}$/, 'must be an IFSC such as "HDFC0001234"'),
});
const employmentBody = z.object({ uan: z.string().regex(/^\d{12}$/, 'must be the 12-digit UAN') });

const iso = (d: Date | null) => d?.toISOString() ?? null;
const base = (c: PanCheck | AadhaarCheck | BankAccountCheck | EmploymentCheck) => ({ status: c.status, result: c.result, checkedAt: c.checkedAt.toISOString() });
const panJson = (c: PanCheck) => ({ ...base(c), pan: c.pan, registeredName: c.registeredName, nameMatchScore: c.nameMatchScore });
// The OTP request's reference stays server-side; the number is only ever the masked one.
const aadhaarJson = (c: AadhaarCheck) => ({ ...base(c), maskedAadhaar: c.maskedAadhaar, name: c.name, dateOfBirth: c.dateOfBirth });
const bankJson = (c: BankAccountCheck) => ({
  ...base(c), accountNumber: c.accountNumber, ifsc: c.ifsc, holderName: c.holderName, nameMatchScore: c.nameMatchScore, providerReference: c.providerReference, verifiedAt: iso(c.verifiedAt),
});
const employmentJson = (c: EmploymentCheck) => ({ ...base(c), uan: c.uan, employer: c.employer, name: c.name, nameMatchScore: c.nameMatchScore });
const kycJson = ({ kyc, settings, missingSteps }: CustomerKycView) => ({
  customerId: kyc.customerId, verifiedName: kyc.verifiedName, requiredSteps: [...settings.requiredSteps], missingSteps: [...missingSteps], nameMatchThreshold: settings.nameMatchThreshold,
  pan: kyc.pan && panJson(kyc.pan), aadhaar: kyc.aadhaar && aadhaarJson(kyc.aadhaar), bankAccount: kyc.bankAccount && bankJson(kyc.bankAccount), employment: kyc.employment && employmentJson(kyc.employment),
});

const customer = { tags: ['web', 'kyc'], security: 'customer' as const };
const staff = { tags: ['partner', 'kyc'], security: 'staff' as const };
/** A provider's negative answer or a name below the threshold is 422 with the result in details; a provider that gave no answer is 502. */
const stepErrors = [401, 404, 422, 502];

/** The customer's KYC steps through the provider ports, and the staff's view of them and of the brand's KYC settings. */
export function kycRoutes(table: RouteTable, useCases: KycUseCases): void {
  const web = '/api/v1/web/kyc';

  table.add({ ...customer, method: 'get', path: web, summary: 'My KYC: each step’s latest attempt and the steps still missing', responses: { 200: { description: 'the KYC', schema: kycSchema } }, errors: [401, 404] }, async (c, { actor }) => {
    const r = await useCases.getCustomerKyc.execute({ actor });
    if (!r.ok) throw useCaseError(r.error);
    return c.json(kycJson(r.value));
  });

  table.add(
    { ...customer, method: 'post', path: `${web}/pan`, summary: 'Verify my PAN with the name I declare; its registered name becomes my verified name', body: panBody, responses: { 200: { description: 'the verified PAN', schema: panSchema } }, errors: stepErrors },
    async (c, { actor, body }) => {
      const r = await useCases.verifyPan.execute({ actor, pan: body.pan, name: body.name });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(panJson(r.value));
    },
  );

  table.add(
    { ...customer, method: 'post', path: `${web}/aadhaar/otp`, summary: 'Send an OTP to my Aadhaar-linked mobile (only the masked number is kept)', body: aadhaarBody, responses: { 200: { description: 'the reference to submit the OTP with', schema: z.object({ referenceId: z.string() }) } }, errors: stepErrors },
    async (c, { actor, body }) => {
      const r = await useCases.startAadhaarOtp.execute({ actor, aadhaarNumber: body.aadhaarNumber });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(r.value);
    },
  );

  table.add(
    { ...customer, method: 'post', path: `${web}/aadhaar/verify`, summary: 'Submit the Aadhaar OTP; a wrong or expired one ends the request', body: otpBody, responses: { 200: { description: 'the verified e-KYC', schema: aadhaarSchema } }, errors: stepErrors },
    async (c, { actor, body }) => {
      const r = await useCases.submitAadhaarOtp.execute({ actor, referenceId: body.referenceId, otp: body.otp });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(aadhaarJson(r.value));
    },
  );

  table.add(
    { ...customer, method: 'post', path: `${web}/bank-account`, summary: 'Penny-drop my bank account; the holder must match my verified name', body: bankBody, responses: { 200: { description: 'the verified account', schema: bankSchema } }, errors: stepErrors },
    async (c, { actor, body }) => {
      const r = await useCases.verifyBankAccount.execute({ actor, accountNumber: body.accountNumber, ifsc: body.ifsc });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(bankJson(r.value));
    },
  );

  table.add(
    { ...customer, method: 'post', path: `${web}/employment`, summary: 'Verify my employment by UAN (EPFO); the name must match my verified name', body: employmentBody, responses: { 200: { description: 'the verified employment', schema: employmentSchema } }, errors: stepErrors },
    async (c, { actor, body }) => {
      const r = await useCases.verifyEmployment.execute({ actor, uan: body.uan });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(employmentJson(r.value));
    },
  );

  table.add(
    {
      ...staff, method: 'get', path: '/api/v1/partner/brand/:brandId/customers/:customerId/kyc', summary: "A customer's KYC (loan list, credit and sanction roles)",
      params: z.object({ brandId: idSchema, customerId: idSchema }), responses: { 200: { description: 'the KYC', schema: kycSchema } }, errors: [401, 403, 404],
    },
    async (c, { actor, params }) => {
      const r = await useCases.getCustomerKyc.execute({ actor, ...params });
      if (!r.ok) throw useCaseError(r.error);
      return c.json(kycJson(r.value));
    },
  );

  const settingsPath = '/api/v1/partner/brand/:brandId/settings/kyc';
  const brandParams = z.object({ brandId: idSchema });
  table.add(
    { ...staff, method: 'get', path: settingsPath, summary: "The brand's KYC settings (ADMIN)", params: brandParams, responses: { 200: { description: 'the settings', schema: settingsSchema } }, errors: [401, 403, 404] },
    async (c, { actor, params }) => {
      const r = await useCases.getBrandKycSettings.execute({ actor, brandId: params.brandId });
      if (!r.ok) throw useCaseError(r.error);
      return c.json({ requiredSteps: [...r.value.requiredSteps], nameMatchThreshold: r.value.nameMatchThreshold });
    },
  );
  table.add(
    {
      ...staff, method: 'put', path: settingsPath, summary: 'Set the KYC steps sanction requires and the name-match threshold (ADMIN)', params: brandParams, body: settingsSchema,
      responses: { 200: { description: 'the settings', schema: settingsSchema } }, errors: [401, 403, 404, 422],
    },
    async (c, { actor, params, body }) => {
      const r = await useCases.setBrandKycSettings.execute({ actor, brandId: params.brandId, ...body });
      if (!r.ok) throw useCaseError(r.error);
      return c.json({ requiredSteps: [...r.value.requiredSteps], nameMatchThreshold: r.value.nameMatchThreshold });
    },
  );
}
