import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import type { DeadLetter } from '../../ports/event-bus.js';
import type { EventMessage } from '../../ports/event-message.js';
import { createInMemoryStore } from '../../testing/fakes/create-in-memory-store.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { DiscardDeadLetter } from './discard-dead-letter.js';
import { idempotentSubscription } from './idempotent-subscription.js';
import { ListDeadLetters } from './list-dead-letters.js';
import { ReplayDeadLetter } from './replay-dead-letter.js';

const event = (id: string, type: string, payload: Record<string, unknown> = {}): EventMessage => ({
  id,
  type,
  aggregateType: 'loan',
  aggregateId: 'loan-1',
  brandId: 'brand-1',
  occurredAt: '2026-03-01T09:00:00.000Z',
  payload,
});

/** A consumer whose effect is a follow-up event in the outbox; `loan.screened` needs `loan.applied` before it. */
function projection() {
  const store = createInMemoryStore();
  const outcomes: string[] = [];
  const subscription = idempotentSubscription({
    consumer: 'projection',
    eventTypes: ['loan.applied', 'loan.screened'],
    unitOfWork: store.unitOfWork,
    clock: new FixedClock('2026-03-01T09:00:00Z'),
    async handle(message, { repositories }) {
      // The follow-up is written before the check, so a refused delivery proves the rollback.
      await repositories.outbox.append([event(`${message.id}-seen`, `seen.${message.type}`)]);
      if (message.type === 'loan.screened' && !(await repositories.processedMessages.markProcessed('projection-order', 'applied', new Date(0)).then((first) => !first))) {
        throw new Error('loan.screened before loan.applied');
      }
      if (message.type === 'loan.applied') await repositories.processedMessages.markProcessed('projection-order', 'applied', new Date(0));
    },
    onOutcome: (message, outcome) => outcomes.push(`${message.id}:${outcome}`),
  });
  const effects = async () => {
    const seen: string[] = [];
    await store.outboxStore.publishPending(100, async (messages) => void seen.push(...messages.map((m) => m.type)));
    return seen;
  };
  return { subscription, outcomes, effects };
}

describe('idempotentSubscription', () => {
  it('applies a message delivered twice once', async () => {
    const { subscription, outcomes, effects } = projection();
    const applied = event('e-1', 'loan.applied');
    await subscription.handle(applied, { attempt: 1 });
    await subscription.handle(applied, { attempt: 1 });
    expect(outcomes).toEqual(['e-1:applied', 'e-1:duplicate']);
    expect(await effects()).toEqual(['seen.loan.applied']);
  });

  it('keeps nothing of a refused delivery, so out-of-order events land once each, in a valid order', async () => {
    const { subscription, outcomes, effects } = projection();
    const [applied, screened] = [event('e-1', 'loan.applied'), event('e-2', 'loan.screened')];
    await expect(subscription.handle(screened, { attempt: 1 })).rejects.toThrow('before loan.applied');
    await subscription.handle(applied, { attempt: 1 });
    await subscription.handle(applied, { attempt: 2 });
    await subscription.handle(screened, { attempt: 2 });
    await subscription.handle(screened, { attempt: 3 });
    expect(outcomes).toEqual(['e-1:applied', 'e-1:duplicate', 'e-2:applied', 'e-2:duplicate']);
    expect(await effects()).toEqual(['seen.loan.applied', 'seen.loan.screened']);
  });
});

describe('idempotentSubscription with work before the transaction', () => {
  it('hands prepare\'s result to the handler and, after the commit, the handler\'s result to onOutcome', async () => {
    const store = createInMemoryStore();
    const log: string[] = [];
    const subscription = idempotentSubscription({
      consumer: 'decider',
      eventTypes: ['loan.applied'],
      unitOfWork: store.unitOfWork,
      clock: new FixedClock('2026-03-01T09:00:00Z'),
      // Outside any transaction: the store can run another unit of work meanwhile.
      prepare: async (message) => store.unitOfWork.run(async () => `facts of ${message.id}`),
      handle: async (message, { prepared }) => {
        log.push(`handle ${String(prepared)}`);
        if (message.payload['fail']) throw new Error('refused');
        return prepared?.length ?? 0;
      },
      onOutcome: (message, outcome, _delivery, handled) => log.push(`${message.id}:${outcome}:${String(handled)}`),
    });
    await subscription.handle(event('e-1', 'loan.applied'), { attempt: 1 });
    await subscription.handle(event('e-1', 'loan.applied'), { attempt: 2 });
    await expect(subscription.handle(event('e-2', 'loan.applied', { fail: true }), { attempt: 1 })).rejects.toThrow('refused');
    expect(log).toEqual(['handle facts of e-1', 'e-1:applied:12', 'e-1:duplicate:undefined', 'handle facts of e-2']);
  });
});

describe('dead letter operations', () => {
  const superAdmin: Actor = { kind: 'staff', userId: 'u-1', superAdmin: true, roles: [] };
  const brandAdmin: Actor = { kind: 'staff', userId: 'u-2', superAdmin: false, roles: [{ brandId: 'brand-1', role: 'ADMIN' }] };
  const letter = (id: string, deadAt: string): DeadLetter => ({ id, consumer: 'c', message: event(id, 'loan.applied'), attempts: 5, lastError: 'Error: x', deadAt });

  function bus() {
    const letters = new Map([letter('c:2', '2026-03-01T10:00:00Z'), letter('c:1', '2026-03-01T09:00:00Z')].map((l) => [l.id, l]));
    const replayed: string[] = [];
    return {
      letters,
      replayed,
      listDeadLetters: async () => [...letters.values()],
      replayDeadLetter: async (id: string) => letters.delete(id) && replayed.push(id) > 0,
      discardDeadLetter: async (id: string) => letters.delete(id),
    };
  }

  it('lists, oldest first, and replays or discards for a super admin only', async () => {
    const b = bus();
    expect(await new ListDeadLetters({ bus: b }).execute({ actor: brandAdmin })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await new ReplayDeadLetter({ bus: b }).execute({ actor: brandAdmin, id: 'c:1' })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await new DiscardDeadLetter({ bus: b }).execute({ actor: brandAdmin, id: 'c:1' })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(b.letters.size).toBe(2);
    const listed = await new ListDeadLetters({ bus: b }).execute({ actor: superAdmin });
    expect(listed.ok && listed.value.map((l) => l.id)).toEqual(['c:1', 'c:2']);
    expect(await new ReplayDeadLetter({ bus: b }).execute({ actor: superAdmin, id: 'c:1' })).toEqual({ ok: true, value: { id: 'c:1' } });
    expect(b.replayed).toEqual(['c:1']);
    expect(await new DiscardDeadLetter({ bus: b }).execute({ actor: superAdmin, id: 'c:2' })).toEqual({ ok: true, value: { id: 'c:2' } });
    expect(await new DiscardDeadLetter({ bus: b }).execute({ actor: superAdmin, id: 'c:2' })).toEqual({ ok: false, error: { code: 'DEAD_LETTER_NOT_FOUND', id: 'c:2' } });
  });
});
