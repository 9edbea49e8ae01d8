import type { Clock } from '../../ports/clock.js';
import type { Delivery, Subscription } from '../../ports/event-bus.js';
import type { EventMessage } from '../../ports/event-message.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { Repositories, UnitOfWork } from '../../ports/unit-of-work.js';
import { idempotentSubscription } from '../events/idempotent-subscription.js';
import { toEventMessages } from '../events/to-event-messages.js';

/** What screening did with one delivery. */
export type ScreeningOutcome = 'screened' | 'duplicate' | 'already-moved';

/**
 * A `loan.applied` consumer that checks the application against its product alone and moves the loan to
 * UNDER_REVIEW or REJECTED (the worker runs `DecideApplication`, which screens the same way when a brand
 * has no rule set). Idempotent through `idempotentSubscription`: the processed-message record, the loan
 * change and the new events commit in one transaction, so a redelivered message changes nothing.
 */
export class ScreenApplication {
  static readonly consumer = 'loan-screening';

  constructor(private readonly deps: { readonly unitOfWork: UnitOfWork; readonly ids: IdGenerator; readonly clock: Clock }) {}

  /** The bus subscription; `onScreened` hears, after the commit, what each delivery did. */
  subscription(onScreened?: (message: EventMessage, outcome: ScreeningOutcome, delivery: Delivery) => void): Subscription {
    return idempotentSubscription<Repositories, undefined, ScreeningOutcome>({
      consumer: ScreenApplication.consumer,
      eventTypes: ['loan.applied'],
      unitOfWork: this.deps.unitOfWork,
      clock: this.deps.clock,
      handle: (message, { repositories, now }) => this.screen(repositories, message, now),
      onOutcome: (message, outcome, delivery, handled) => onScreened?.(message, outcome === 'duplicate' ? 'duplicate' : (handled ?? 'duplicate'), delivery),
    });
  }

  /** Handles one delivery as the bus would, answering what it did. */
  async execute(message: EventMessage, delivery: Delivery = { attempt: 1 }): Promise<ScreeningOutcome> {
    let result: ScreeningOutcome | undefined;
    await this.subscription((_message, outcome) => (result = outcome)).handle(message, delivery);
    if (!result) throw new Error(`loan.applied ${message.id} was handled without an outcome`);
    return result;
  }

  private async screen(repos: Repositories, message: EventMessage, now: Date): Promise<ScreeningOutcome> {
    const loan = await repos.loans.findById(message.brandId, message.aggregateId);
    // A missing loan means the event outran its own commit or the data is broken: retry, then dead-letter.
    if (!loan) throw new Error(`loan ${message.aggregateId} of brand ${message.brandId} not found`);
    if (loan.status !== 'APPLIED') return 'already-moved';
    const product = await repos.brands.findProduct(loan.brandId, loan.toSnapshot().productId);
    if (!product) throw new Error(`product ${loan.toSnapshot().productId} of loan ${loan.id} not found`);
    loan.screen(product, now);
    await repos.loans.save(loan);
    await repos.outbox.append(toEventMessages(loan.pullEvents(), this.deps.ids));
    return 'screened';
  }
}
