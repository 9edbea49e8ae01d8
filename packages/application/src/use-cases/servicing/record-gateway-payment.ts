import { Money, localDate } from '@los/domain';
import type { Clock } from '../../ports/clock.js';
import type { Subscription } from '../../ports/event-bus.js';
import type { EventMessage } from '../../ports/event-message.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleRepositories, LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { idempotentSubscription } from '../events/idempotent-subscription.js';
import { commitLoan } from '../lifecycle/lifecycle-step.js';
import { businessDate } from '../loans/business-date.js';
import { bookPayment } from './book-payment.js';
import type { ServicingPolicy } from './servicing-policy.js';

/** What the consumer did with one `payment.received` event. */
export type GatewayPaymentOutcome = 'posted' | 'duplicate-payment' | 'unknown-loan';

/**
 * The worker's consumer of `payment.received` (a verified gateway callback): records the payment once per
 * gateway payment id — however many callbacks and events carry it — books it in the ledger and moves the
 * loan, all in one transaction with the processed-message record.
 */
export class RecordGatewayPayment {
  static readonly consumer = 'loan-repayment';

  constructor(
    private readonly deps: {
      readonly unitOfWork: LifecycleUnitOfWork;
      readonly ids: IdGenerator;
      readonly clock: Clock;
      readonly timeZone: string;
      readonly policy: ServicingPolicy;
      readonly onOutcome?: (message: EventMessage, outcome: GatewayPaymentOutcome) => void;
    },
  ) {}

  /** The idempotent bus subscription running this consumer. */
  subscription(): Subscription {
    return idempotentSubscription<LifecycleRepositories>({
      consumer: RecordGatewayPayment.consumer,
      eventTypes: ['payment.received'],
      unitOfWork: this.deps.unitOfWork,
      clock: this.deps.clock,
      handle: async (message, { repositories, now }) => {
        const outcome = await this.apply(repositories, message, now);
        this.deps.onOutcome?.(message, outcome);
      },
    });
  }

  private async apply(repos: LifecycleRepositories, message: EventMessage, now: Date): Promise<GatewayPaymentOutcome> {
    const p = message.payload as { amount?: { amount?: string; currency?: string }; providerPaymentId?: string; reference?: string; provider?: string };
    if (!p.amount?.amount || !p.providerPaymentId || !p.provider) throw new Error(`payment.received ${message.id} lacks amount, provider or payment id`);
    const loan = await repos.loans.findById(message.brandId, message.aggregateId);
    if (!loan) return 'unknown-loan';
    if (await repos.servicing.findPaymentByProviderId(message.brandId, p.provider, p.providerPaymentId)) return 'duplicate-payment';
    const link = p.reference ? await repos.servicing.findPaymentLink(message.brandId, p.reference) : null;
    const payment = {
      id: this.deps.ids.next(),
      brandId: message.brandId,
      loanId: loan.id,
      source: 'GATEWAY' as const,
      provider: p.provider,
      providerPaymentId: p.providerPaymentId,
      // A link is the one paid only when the callback comes from the provider that made it (links are routed per brand).
      purpose: link?.loanId === loan.id && link.provider === p.provider ? link.purpose : ('REPAYMENT' as const),
      amount: Money.of(p.amount.amount, p.amount.currency ?? 'INR'),
      receivedOn: localDate(businessDate(now, this.deps.timeZone)),
      status: 'POSTED' as const,
      createdAt: now,
    };
    const booked = await bookPayment(repos, loan, payment, this.deps, now);
    // A concurrent event carrying the same payment got there first: roll back; the retry finds it recorded.
    if ((await repos.servicing.addPayment({ ...payment, journalEntryId: booked.journalEntryId })) === 'duplicate') {
      throw new Error(`payment ${p.providerPaymentId} was recorded concurrently; retrying finds it`);
    }
    await commitLoan(repos, loan, this.deps.ids, undefined, `event:${message.id}`);
    return 'posted';
  }
}
