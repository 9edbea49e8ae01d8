import { type Result, err, ok } from '@los/domain';
import type { Actor } from '../../auth/actor.js';
import type { DeadLetter, EventBus } from '../../ports/event-bus.js';

/** Why dead letters cannot be read or acted on. */
export type DeadLetterError = { readonly code: 'FORBIDDEN' } | { readonly code: 'DEAD_LETTER_NOT_FOUND'; readonly id: string };

/** Dead letters are platform operations: only a super admin sees them (they carry every brand's events). */
export function mayOperate(actor: Actor): boolean {
  return actor.kind === 'staff' && actor.superAdmin;
}

/** A super admin lists the events that exhausted their retries, of every consumer or of one. */
export class ListDeadLetters {
  constructor(private readonly deps: { readonly bus: Pick<EventBus, 'listDeadLetters'> }) {}

  async execute(input: { readonly actor: Actor; readonly consumer?: string }): Promise<Result<DeadLetter[], DeadLetterError>> {
    if (!mayOperate(input.actor)) return err({ code: 'FORBIDDEN' });
    const letters = await this.deps.bus.listDeadLetters(input.consumer);
    return ok(letters.sort((a, b) => a.deadAt.localeCompare(b.deadAt)));
  }
}
