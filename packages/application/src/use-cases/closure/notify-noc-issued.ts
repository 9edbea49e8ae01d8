import type { Clock } from '../../ports/clock.js';
import type { Delivery, Subscription } from '../../ports/event-bus.js';
import type { EventMessage } from '../../ports/event-message.js';
import type { LifecycleRepositories, LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { MessageSender } from '../../ports/message-sender.js';
import { deliverOnce } from '../events/deliver-once.js';
import { idempotentSubscription } from '../events/idempotent-subscription.js';

/** What one delivery of `loan.noc_issued` did. */
export type NocNoticeOutcome = 'sent' | 'duplicate';

/**
 * The worker's consumer of `loan.noc_issued`: tells the customer by SMS (template `loan-closed-noc`) that the
 * loan is closed and the certificate is ready in the app. The send is the last step of the transaction that
 * records the delivery as processed: a provider failure rolls the record back and the bus retries; only a
 * commit failing after the provider accepted could send twice.
 */
export class NotifyNocIssued {
  static readonly consumer = 'loan-noc-sms';

  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly sender: MessageSender; readonly clock: Clock }) {}

  /** The bus subscription; `onHandled` hears each delivery's outcome after the commit. */
  subscription(onHandled?: (message: EventMessage, outcome: NocNoticeOutcome, delivery: Delivery) => void): Subscription {
    return idempotentSubscription<LifecycleRepositories, undefined, NocNoticeOutcome>({
      consumer: NotifyNocIssued.consumer,
      eventTypes: ['loan.noc_issued'],
      unitOfWork: this.deps.unitOfWork,
      clock: this.deps.clock,
      handle: (message, { repositories }) => this.notify(repositories, message),
      onOutcome: (message, outcome, delivery) => onHandled?.(message, outcome === 'duplicate' ? 'duplicate' : 'sent', delivery),
    });
  }

  /** Handles one delivery as the bus would, answering what it did. */
  execute(message: EventMessage, delivery?: Delivery): Promise<NocNoticeOutcome> {
    return deliverOnce((listener) => this.subscription(listener), message, delivery);
  }

  private async notify(repos: LifecycleRepositories, message: EventMessage): Promise<NocNoticeOutcome> {
    const loan = await repos.loans.findById(message.brandId, message.aggregateId);
    if (!loan) throw new Error(`loan ${message.aggregateId} of brand ${message.brandId} not found`);
    const s = loan.toSnapshot();
    const [brand, customer] = await Promise.all([repos.brands.findById(s.brandId), repos.customers.findById(s.brandId, s.customerId)]);
    if (!brand || !customer) throw new Error(`brand or customer of loan ${s.id} not found`);
    await this.deps.sender.send({ brandId: s.brandId, channel: 'SMS', to: customer.phone, template: 'loan-closed-noc', variables: { brand: brand.name, loan: s.id.slice(0, 8) } });
    return 'sent';
  }
}
