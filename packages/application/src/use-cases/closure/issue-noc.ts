import type { LoanSnapshot } from '@los/domain';
import type { Clock } from '../../ports/clock.js';
import type { DocumentRenderer, DocumentStore, NocDocument } from '../../ports/documents.js';
import type { Delivery, Subscription } from '../../ports/event-bus.js';
import type { EventMessage } from '../../ports/event-message.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleRepositories, LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { deliverOnce } from '../events/deliver-once.js';
import { idempotentSubscription } from '../events/idempotent-subscription.js';
import { commitLoan } from '../lifecycle/lifecycle-step.js';
import { businessDate } from '../loans/business-date.js';

/** What one delivery of `loan.closed` did. */
export type NocOutcome = 'issued' | 'duplicate' | 'already-issued' | 'not-closed';

/** Where a closed loan's no-objection certificate is kept: one key per loan, so a re-render replaces it. */
export function nocKeyOf(brandId: string, loanId: string): string {
  return `brands/${brandId}/loans/${loanId}/noc.pdf`;
}

/**
 * The worker's consumer of `loan.closed`: renders the no-objection certificate, stores it under the loan's
 * NOC key and records it on the loan (`loan.noc_issued`, which the SMS to the customer follows). Rendering
 * and storing happen before the transaction and are idempotent by key; the processed-message record commits
 * with the loan, so a redelivery after a crash renders again at worst and issues the NOC once.
 */
export class IssueNoc {
  static readonly consumer = 'loan-noc';

  constructor(
    private readonly deps: {
      readonly unitOfWork: LifecycleUnitOfWork;
      readonly renderer: DocumentRenderer;
      readonly store: DocumentStore;
      readonly ids: IdGenerator;
      readonly clock: Clock;
      readonly timeZone: string;
    },
  ) {}

  /** The bus subscription; `onHandled` hears each delivery's outcome after the commit. */
  subscription(onHandled?: (message: EventMessage, outcome: NocOutcome, delivery: Delivery) => void): Subscription {
    return idempotentSubscription<LifecycleRepositories, string | null, NocOutcome>({
      consumer: IssueNoc.consumer,
      eventTypes: ['loan.closed'],
      unitOfWork: this.deps.unitOfWork,
      clock: this.deps.clock,
      prepare: (message) => this.renderAndStore(message),
      handle: (message, { repositories, now, prepared }) => this.issue(repositories, message, now, prepared ?? null),
      onOutcome: (message, outcome, delivery, handled) => onHandled?.(message, outcome === 'duplicate' ? 'duplicate' : (handled ?? 'duplicate'), delivery),
    });
  }

  /** Handles one delivery as the bus would, answering what it did. */
  execute(message: EventMessage, delivery?: Delivery): Promise<NocOutcome> {
    return deliverOnce((listener) => this.subscription(listener), message, delivery);
  }

  /** Renders and stores the certificate of a closed loan still without one; null when there is nothing to do. */
  private async renderAndStore(message: EventMessage): Promise<string | null> {
    const found = await this.deps.unitOfWork.run(async (repos) => {
      const loan = await repos.loans.findById(message.brandId, message.aggregateId);
      // A missing loan means the event outran its commit or the data is broken: retry, then dead-letter.
      if (!loan) throw new Error(`loan ${message.aggregateId} of brand ${message.brandId} not found`);
      const s = loan.toSnapshot();
      if (s.status !== 'CLOSED' || s.nocKey !== undefined) return null;
      const [brand, customer, verifiedName] = await Promise.all([
        repos.brands.findById(s.brandId),
        repos.customers.findById(s.brandId, s.customerId),
        repos.kyc.verifiedName(s.brandId, s.customerId),
      ]);
      if (!brand || !customer) throw new Error(`brand or customer of loan ${s.id} not found`);
      return { loan: s, brandName: brand.name, borrower: verifiedName ?? customer.phone };
    });
    if (!found) return null;
    const pdf = await this.deps.renderer.renderNoc(this.nocDocument(found.loan, found.brandName, found.borrower));
    const stored = await this.deps.store.put(nocKeyOf(found.loan.brandId, found.loan.id), pdf, 'application/pdf');
    return stored.key;
  }

  private nocDocument(loan: LoanSnapshot, brandName: string, borrower: string): NocDocument {
    const { timeZone, clock } = this.deps;
    return {
      letterhead: { brandName, footerText: `${brandName} · Loan ${loan.id}` },
      referenceNumber: `NOC-${loan.id}`,
      issuedOn: businessDate(clock.now(), timeZone),
      borrower: { name: borrower, reference: loan.customerId },
      loanReference: loan.id,
      currency: loan.amount.currency,
      sanctionedAmount: loan.amount.toFixed(),
      disbursedOn: loan.disbursal?.disbursedOn ?? '',
      closedOn: businessDate(loan.closedAt ?? clock.now(), timeZone),
    };
  }

  private async issue(repos: LifecycleRepositories, message: EventMessage, now: Date, key: string | null): Promise<NocOutcome> {
    const loan = await repos.loans.findById(message.brandId, message.aggregateId);
    if (!loan) throw new Error(`loan ${message.aggregateId} of brand ${message.brandId} not found`);
    if (loan.status !== 'CLOSED') return 'not-closed';
    if (loan.toSnapshot().nocKey !== undefined) return 'already-issued';
    // Closed after `prepare` looked (the event outran its commit): refuse for now, the redelivery renders it.
    if (key === null) throw new Error(`loan ${loan.id} closed after its NOC was prepared`);
    loan.issueNoc(key, now);
    await commitLoan(repos, loan, this.deps.ids, undefined, `event:${message.id}`);
    return 'issued';
  }
}
