import type { Clock } from '../../ports/clock.js';
import type { EventMessage } from '../../ports/event-message.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { commitLoan } from './lifecycle-step.js';

/** What the consumer did with one e-sign delivery. */
export type SignatureOutcome = 'signed' | 'expired' | 'duplicate' | 'ignored';

/**
 * The worker's consumer of `esign.completed` / `esign.expired`: marks the loan's agreement signed, or returns
 * the loan to SANCTIONED for a re-send. Idempotent: the processed-message record commits with the change, and
 * an event for another request or a loan that moved on changes nothing.
 */
export class CompleteSignature {
  static readonly consumer = 'loan-esign';

  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly ids: IdGenerator; readonly clock: Clock }) {}

  execute(message: EventMessage): Promise<SignatureOutcome> {
    return this.deps.unitOfWork.run(async (repos) => {
      if (!(await repos.processedMessages.markProcessed(CompleteSignature.consumer, message.id, this.deps.clock.now()))) return 'duplicate';
      const requestId = message.payload['providerDocumentId'];
      const loan = await repos.loans.findById(message.brandId, message.aggregateId);
      if (!loan || loan.status !== 'AGREEMENT_SENT' || loan.toSnapshot().agreement?.esignRequestId !== requestId) return 'ignored';
      const at = this.deps.clock.now();
      // A declined request is treated like an expired one: the loan goes back to SANCTIONED for a re-send.
      if (message.type === 'esign.completed') loan.markSigned(at);
      else if (message.type === 'esign.expired' || message.type === 'esign.declined') loan.expireAgreement(at);
      else return 'ignored';
      await commitLoan(repos, loan, this.deps.ids, undefined, `event:${message.id}`);
      return message.type === 'esign.completed' ? 'signed' : 'expired';
    });
  }
}
