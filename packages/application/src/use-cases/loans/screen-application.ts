import type { Clock } from '../../ports/clock.js';
import type { EventMessage } from '../../ports/event-message.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import { toEventMessages } from '../events/to-event-messages.js';

/** What screening did with one delivery. */
export type ScreeningOutcome = 'screened' | 'duplicate' | 'already-moved';

/**
 * The worker's consumer of `loan.applied`: checks the application against its product and moves the loan
 * to UNDER_REVIEW or REJECTED. Idempotent: the processed-message record, the loan change and the new
 * events commit in one transaction, so a redelivered message changes nothing.
 */
export class ScreenApplication {
  static readonly consumer = 'loan-screening';

  constructor(private readonly deps: { readonly unitOfWork: UnitOfWork; readonly ids: IdGenerator; readonly clock: Clock }) {}

  async execute(message: EventMessage): Promise<ScreeningOutcome> {
    return this.deps.unitOfWork.run(async (repos) => {
      const now = this.deps.clock.now();
      if (!(await repos.processedMessages.markProcessed(ScreenApplication.consumer, message.id, now))) return 'duplicate';
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
    });
  }
}
