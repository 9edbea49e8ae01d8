import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { EventBus } from '../../ports/event-bus.js';
import { type DeadLetterError, mayOperate } from './list-dead-letters.js';

/** A super admin drops a dead letter for good (its event stays in the outbox history until pruned). */
export class DiscardDeadLetter {
  constructor(private readonly deps: { readonly bus: Pick<EventBus, 'discardDeadLetter'> }) {}

  async execute(input: { readonly actor: Actor; readonly id: string }): Promise<Result<{ readonly id: string }, DeadLetterError>> {
    if (!mayOperate(input.actor)) return err({ code: 'FORBIDDEN' });
    if (!(await this.deps.bus.discardDeadLetter(input.id))) return err({ code: 'DEAD_LETTER_NOT_FOUND', id: input.id });
    return ok({ id: input.id });
  }
}
