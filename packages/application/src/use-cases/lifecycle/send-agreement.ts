import { type Result, err, generateSchedule, keyFactsStatement, minimumCoolingOffDays, ok, quoteTerms } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { DocumentRenderer, DocumentStore } from '../../ports/documents.js';
import type { ESignProvider } from '../../ports/esign-provider.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { askProvider } from '../ask-provider.js';
import { businessDate } from '../loans/business-date.js';
import { agreementDocuments } from './agreement-documents.js';
import { type LifecycleStepError, attempt, commitLoan, loadForStaff } from './lifecycle-step.js';

/** Where the agreement went: the stored document keys and the e-sign request. */
export interface SentAgreement {
  readonly kfsKey: string;
  readonly agreementKey: string;
  readonly esignRequestId: string;
  readonly signingUrl?: string;
}

/**
 * Sends a sanctioned loan's agreement: renders the KFS (over the schedule the product's terms give) and the
 * agreement, stores both, requests the customer's e-sign, and moves the loan to AGREEMENT_SENT. Rendering,
 * storage and the provider call happen outside the transaction; the transition itself is checked again
 * (with the loan's version) when it commits.
 */
export class SendAgreement {
  constructor(
    private readonly deps: {
      readonly unitOfWork: LifecycleUnitOfWork;
      readonly ids: IdGenerator;
      readonly clock: Clock;
      readonly renderer: DocumentRenderer;
      readonly store: DocumentStore;
      readonly esign: ESignProvider;
      readonly timeZone: string;
      readonly signatureExpiresInDays: number;
    },
  ) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string; readonly loanId: string }): Promise<Result<SentAgreement, LifecycleStepError>> {
    const prepared = await this.deps.unitOfWork.run(async (repos) => {
      const found = await loadForStaff(repos, input.actor, input.brandId, input.loanId, 'sanction-view');
      if (!found.ok) return found;
      const loan = found.value.loan.toSnapshot();
      if (loan.status !== 'SANCTIONED') return err({ code: 'TRANSITION_REFUSED' as const, reason: 'LOAN_NOT_SANCTIONED', message: `loan ${loan.id} is ${loan.status}` });
      const [brand, product, customer, verifiedName] = await Promise.all([
        repos.brands.findById(input.brandId),
        repos.brands.findProduct(input.brandId, loan.productId),
        repos.customers.findById(input.brandId, loan.customerId),
        repos.kyc.verifiedName(input.brandId, loan.customerId),
      ]);
      if (!brand || !product || !customer) throw new Error(`brand, product or customer of loan ${loan.id} not found`);
      // The borrower is named as their verified PAN or Aadhaar names them; the phone stands in until then.
      const borrowerName = verifiedName ?? customer.phone;
      return ok({ loan, brand, product, customer, borrowerName, actorId: found.value.staff.userId });
    });
    if (!prepared.ok) return prepared;
    const { loan, brand, product, customer, borrowerName, actorId } = prepared.value;
    const now = this.deps.clock.now();
    const today = businessDate(now, this.deps.timeZone);
    const schedule = generateSchedule(quoteTerms(product, loan.amount, loan.tenure, today));
    const kfs = keyFactsStatement({ schedule, coolingOffDays: minimumCoolingOffDays(product, loan.tenure), aprMethod: 'RBI_KFS', aprRounding: { dp: 2, mode: 'HALF_UP' } });
    const docs = agreementDocuments(brand, { name: borrowerName, reference: customer.id }, loan, product.name, kfs, today);
    const [kfsPdf, agreementPdf] = await Promise.all([this.deps.renderer.renderKeyFactsStatement(docs.kfs), this.deps.renderer.renderLoanAgreement(docs.agreement)]);
    const folder = `brands/${loan.brandId}/loans/${loan.id}/agreement-${loan.version}`;
    const [storedKfs, storedAgreement] = await Promise.all([
      this.deps.store.put(`${folder}/kfs.pdf`, kfsPdf, 'application/pdf'),
      this.deps.store.put(`${folder}/agreement.pdf`, agreementPdf, 'application/pdf'),
    ]);
    const asked = await askProvider('ESIGN', () =>
      this.deps.esign.requestSignature({
        brandId: loan.brandId,
        loanId: loan.id,
        documentName: `Loan agreement ${loan.id}`,
        pdf: agreementPdf,
        signer: { name: borrowerName, phone: customer.phone },
        expiresInDays: this.deps.signatureExpiresInDays,
      }),
    );
    if (!asked.ok) return asked;
    const signature = asked.value;
    const expiresAt = new Date(now.getTime() + this.deps.signatureExpiresInDays * 86_400_000).toISOString();
    const sent = { kfsKey: storedKfs.key, agreementKey: storedAgreement.key, esignRequestId: signature.providerDocumentId, signatureExpiresAt: expiresAt, ...(signature.signingUrl === undefined ? {} : { signingUrl: signature.signingUrl }) };
    return this.deps.unitOfWork.run(async (repos) => {
      const current = await repos.loans.findById(input.brandId, input.loanId);
      if (!current) return err({ code: 'LOAN_NOT_FOUND' as const });
      const done = attempt(() => current.sendAgreement(sent, this.deps.clock.now()));
      if (!done.ok) return done;
      await commitLoan(repos, current, this.deps.ids, actorId, input.actor.requestId);
      return ok({ ...sent, ...(signature.signingUrl === undefined ? {} : { signingUrl: signature.signingUrl }) });
    });
  }
}
