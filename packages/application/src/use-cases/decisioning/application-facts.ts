import type { Loan, LoanProduct, LocalDate } from '@los/domain';
import type { BankStatementAnalyzer } from '../../ports/bank-statement-analyzer.js';
import type { Blocklist, BlocklistHits } from '../../ports/blocklist.js';
import type { BureauReport, BureauRequest, CreditBureau } from '../../ports/credit-bureau.js';
import type { Customer } from '../../ports/customer-repository.js';
import type { CustomerKyc } from '../../ports/customer-kyc-repository.js';
import type { LoanApplicant } from '../../ports/loan-applicant-repository.js';
import type { PanVerification, PanVerifier } from '../../ports/pan-verifier.js';

/** The provider ports facts are gathered from (sandbox simulators in embedded mode). */
export interface FactSources {
  readonly bureau: CreditBureau;
  readonly bankStatements: BankStatementAnalyzer;
  readonly blocklist: Blocklist;
  /** PAN verification (`kyc.panStatus`); without it the KYC facts stay unknown. */
  readonly pan?: PanVerifier;
  /** The customers' KYC records, read for the verified Aadhaar's reference; without it only a declared one is checked. */
  readonly kycRecords?: { find(brandId: string, customerId: string): Promise<CustomerKyc | null> };
}

/** Everything known about one application before the providers are asked. */
export interface FactSubject {
  readonly loan: Loan;
  readonly product: LoanProduct;
  readonly customer: Customer;
  readonly applicant: LoanApplicant | null;
  readonly asOf: LocalDate;
}

/** Facts as the rule sets read them: plain JSON, numbers of money as decimal strings, dates as YYYY-MM-DD. */
export type ApplicationFacts = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/**
 * Gathers an application's facts from the applicant's declarations and the providers, in the shape the
 * rule sets address (`customer.monthlyIncome`, `bureau.tradelines[].dpd`, …). A fact nobody knows is left
 * out, never guessed: the rules then treat it as unknown. Providers that need a PAN are asked only when
 * the applicant gave one.
 * @example
 * const facts = await gatherApplicationFacts(sources, { loan, product, customer, applicant, asOf });
 * ruleSet.evaluate(facts, { asOf });
 */
export async function gatherApplicationFacts(sources: FactSources, subject: FactSubject): Promise<ApplicationFacts> {
  const { loan, product, customer, applicant, asOf } = subject;
  const s = loan.toSnapshot();
  const pan = applicant?.pan;
  // No name is declared with an application, so this check gives the PAN's status only; the name score
  // comes from the customer's own KYC step, if they took it.
  const panChecked = pan && sources.pan ? sources.pan.verifyPan(pan, '') : Promise.resolve(null);
  const kycRecord = sources.kycRecords ? sources.kycRecords.find(s.brandId, s.customerId) : Promise.resolve(undefined);
  const [bureau, bank, blocklist, panCheck, kyc] = await Promise.all([
    pan ? panChecked.then((check) => askBureau(sources.bureau, check, { brandId: s.brandId, pan, asOf, mobile: customer.phone, ...(applicant?.dateOfBirth ? { dateOfBirth: applicant.dateOfBirth } : {}) })) : Promise.resolve(null),
    // The statements are the customer's own, shared before applying: asked for with or without a PAN.
    sources.bankStatements.analyse({ brandId: s.brandId, customerId: s.customerId, asOf }),
    // Every identifier known is looked up; one not given stays an unknown fact rather than a "not listed".
    kycRecord.then((record) => {
      const aadhaarRef = aadhaarRefOf(record ?? null, applicant);
      return sources.blocklist.check({ brandId: s.brandId, phone: customer.phone, ...(pan ? { pan } : {}), ...(aadhaarRef ? { aadhaarRef } : {}), ...(applicant?.pincode ? { pincode: applicant.pincode } : {}) });
    }),
    panChecked,
    kycRecord,
  ]);
  return {
    application: {
      amount: s.amount.toFixed(),
      // Rule sets speak of months; a tenure in days counts as its started months (30 days = 1 month).
      tenureMonths: product.tenureUnit === 'MONTH' ? s.tenure : Math.ceil(s.tenure / 30),
    },
    customer: customerFacts(applicant),
    bureau: bureau ? bureauFacts(bureau) : {},
    bank: bank
      ? {
          bouncesLast3Months: bank.bouncesLast3Months,
          averageBalance: bank.averageBalance.toFixed(),
          ...(bank.lastSalaryCreditOn ? { lastSalaryCreditOn: bank.lastSalaryCreditOn } : {}),
        }
      : {},
    blocklist: blocklistFacts(blocklist),
    kyc: kycFacts(panCheck, kyc, pan),
  };
}

/**
 * `kyc.panStatus` from the PAN check made for the decision; from the customer's KYC record (when the
 * sources can read it): `kyc.nameMatchScore` of their PAN verification, for the PAN the application carries,
 * and whether their Aadhaar e-KYC and bank account are verified (false when they took no such step).
 */
function kycFacts(panCheck: PanVerification | null, kyc: CustomerKyc | null | undefined, pan: string | undefined): Readonly<Record<string, unknown>> {
  const facts: Record<string, unknown> = {};
  if (panCheck) facts['panStatus'] = panCheck.status;
  if (kyc === undefined) return facts;
  const panStep = kyc?.pan;
  if (panStep && panStep.nameMatchScore !== null && (!pan || panStep.pan === pan)) facts['nameMatchScore'] = panStep.nameMatchScore;
  facts['aadhaarVerified'] = kyc?.aadhaar?.status === 'VERIFIED';
  facts['bankAccountVerified'] = kyc?.bankAccount?.status === 'VERIFIED';
  return facts;
}

// The Aadhaar the customer proved theirs by OTP e-KYC, else the one declared with the application; with
// neither, the Aadhaar blocklist fact stays unknown.
function aadhaarRefOf(kyc: CustomerKyc | null, applicant: LoanApplicant | null): string | null {
  const verified = kyc?.aadhaar?.status === 'VERIFIED' ? kyc.aadhaar.aadhaarRef : null;
  return verified ?? applicant?.aadhaarRef ?? null;
}

// The bureau matches on the PAN and the name registered to it, so it is asked after the PAN check; a PAN
// the tax department does not know has no file worth a paid pull, and the bureau facts stay unknown.
async function askBureau(bureau: CreditBureau, check: PanVerification | null, request: BureauRequest): Promise<BureauReport | null> {
  if (check && check.status !== 'VALID') return null;
  return bureau.fetchReport(check ? { ...request, name: check.registeredName } : request);
}

function customerFacts(a: LoanApplicant | null): Readonly<Record<string, unknown>> {
  if (!a) return {};
  const facts: Record<string, unknown> = {};
  if (a.dateOfBirth) facts['dateOfBirth'] = a.dateOfBirth;
  if (a.monthlyIncome) facts['monthlyIncome'] = a.monthlyIncome.toFixed();
  if (a.employmentType) facts['employmentType'] = a.employmentType;
  if (a.employerName) facts['employerName'] = a.employerName;
  if (a.employerCategory) facts['employerCategory'] = a.employerCategory;
  if (a.monthsWithEmployer !== undefined) facts['monthsWithEmployer'] = a.monthsWithEmployer;
  if (a.pincode) facts['pincode'] = a.pincode;
  if (a.email) facts['email'] = a.email;
  return facts;
}

function blocklistFacts(hits: BlocklistHits): Readonly<Record<string, boolean>> {
  const facts: Record<string, boolean> = { phone: hits.phone };
  if (hits.pan !== undefined) facts['pan'] = hits.pan;
  if (hits.aadhaar !== undefined) facts['aadhaar'] = hits.aadhaar;
  if (hits.pincode !== undefined) facts['pincode'] = hits.pincode;
  return facts;
}

function bureauFacts(report: BureauReport): Readonly<Record<string, unknown>> {
  // No file at the bureau: every bureau fact stays unknown, so the rule set's onUnknown decides.
  if (report.kind === 'no-hit') return {};
  return {
    score: report.score,
    enquiriesLast30Days: report.enquiriesLast30Days,
    writtenOffAccounts: report.writtenOffAccounts,
    activeLoans: report.activeLoans,
    tradelines: report.tradelines.map((t) => ({ dpd: t.dpd, reportedOn: t.reportedOn, overdueAmount: t.overdueAmount.toFixed() })),
  };
}
