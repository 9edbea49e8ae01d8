import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { EventBus } from '../../ports/event-bus.js';
import { type DeadLetterError, mayOperate } from './list-dead-letters.js';

/** A super admin puts a dead letter back on its consumer's queue, to be delivered afresh from attempt 1. */
export class ReplayDeadLetter {
  constructor(private readonly deps: { readonly bus: Pick<EventBus, 'replayDeadLetter'> }) {}

  async execute(input: { readonly actor: Actor; readonly id: string }): Promise<Result<{ readonly id: string }, DeadLetterError>> {
    if (!mayOperate(input.actor)) return err({ code: 'FORBIDDEN' });
    if (!(await this.deps.bus.replayDeadLetter(input.id))) return err({ code: 'DEAD_LETTER_NOT_FOUND', id: input.id });
    return ok({ id: input.id });
  }
}
