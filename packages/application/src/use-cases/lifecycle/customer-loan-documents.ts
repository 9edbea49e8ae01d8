import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { DocumentStore } from '../../ports/documents.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';

/** A document of the customer's loan, reachable only through a link that expires. */
export interface LoanDocumentLink {
  /** ESIGN is the provider's page where the borrower signs, while the agreement awaits the signature. */
  readonly kind: 'KFS' | 'AGREEMENT' | 'ESIGN' | 'NOC';
  readonly url: string;
  readonly expiresAt: Date;
}

/** A customer lists the KFS, the agreement, the e-sign link while a signature is awaited and, once the loan is closed and it is issued, the NOC of their own loan as time-limited signed links. */
export class GetCustomerLoanDocuments {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly store: DocumentStore; readonly clock: Clock; readonly linkTtlSeconds: number }) {}

  execute(input: { readonly actor: Actor; readonly loanId: string }): Promise<Result<readonly LoanDocumentLink[], { readonly code: 'LOAN_NOT_FOUND' }>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const { actor } = input;
      if (actor.kind !== 'customer') return err({ code: 'LOAN_NOT_FOUND' });
      const loan = await repos.loans.findById(actor.brandId, input.loanId);
      if (!loan || loan.toSnapshot().customerId !== actor.customerId) return err({ code: 'LOAN_NOT_FOUND' });
      const { agreement, nocKey, status } = loan.toSnapshot();
      if (!agreement) return ok([]);
      const now = this.deps.clock.now();
      const expiresAt = new Date(now.getTime() + this.deps.linkTtlSeconds * 1000);
      const link = (key: string): string => this.deps.store.signedUrl(key, this.deps.linkTtlSeconds, now);
      return ok([
        { kind: 'KFS', url: link(agreement.kfsKey), expiresAt },
        { kind: 'AGREEMENT', url: link(agreement.agreementKey), expiresAt },
        ...(status === 'AGREEMENT_SENT' && agreement.signingUrl
          ? [{ kind: 'ESIGN' as const, url: agreement.signingUrl, expiresAt: new Date(agreement.signatureExpiresAt ?? expiresAt.toISOString()) }]
          : []),
        ...(nocKey === undefined ? [] : [{ kind: 'NOC' as const, url: link(nocKey), expiresAt }]),
      ]);
    });
  }
}
