import { type LocalDate, localDate } from '@los/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reminder, ReminderLog } from '../../ports/reminder-log.js';

/**
 * How a reminder log joins the contract run; `create` may hand back a shared store (keys are unique per test).
 * @example describeReminderLogContract({ name: 'in-memory', create: async () => ({ log: new InMemoryReminderLog() }) })
 */
export interface ReminderLogContractOptions {
  readonly name: string;
  readonly create: () => Promise<{ readonly log: ReminderLog; close?(): Promise<void> }>;
  readonly skip?: string | undefined;
}

const uuid = () => globalThis.crypto.randomUUID();
const t = (minute: number) => new Date(Date.UTC(2026, 1, 2, 4, minute));

function reminder(kind = 'DUE_TODAY', dueDate: LocalDate = localDate('2026-02-05')): Reminder {
  const brandId = uuid();
  const loanId = uuid();
  return {
    brandId, loanId, dueDate, kind,
    message: { brandId, channel: 'SMS', to: '+919800000001', template: 'repayment-reminder', variables: { brand: 'Acme', amount: '10459.35', dueDate } },
  };
}

/**
 * The behaviour every reminder log shares: claimed once per (loan, due date, kind), marked sent only when
 * told, failed and stale claims claimed again (the oldest first, within the attempts and the limit), the message
 * read back exactly.
 */
export function describeReminderLogContract(options: ReminderLogContractOptions): void {
  describe.skipIf(options.skip !== undefined)(`ReminderLog contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    let log: ReminderLog;
    let close: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      const created = await options.create();
      log = created.log;
      close = created.close?.bind(created);
    });
    afterAll(async () => {
      await close?.();
    });

    it('claims a reminder once per loan, due date and kind, and reads it back exactly', async () => {
      const r = reminder();
      expect(await log.claim(r, t(0))).toBe(true);
      expect(await log.claim({ ...r, message: { ...r.message, to: '+919800000002' } }, t(1))).toBe(false);
      expect(await log.claim({ ...r, kind: 'OVERDUE_1' }, t(1))).toBe(true);
      expect(await log.claim({ ...r, dueDate: localDate('2026-03-05') }, t(1))).toBe(true);
      expect(await log.find(r)).toEqual({ ...r, state: 'CLAIMED', attempts: 1, claimedAt: t(0), sentAt: null, providerMessageId: null, lastError: null });
      expect(await log.find({ ...r, brandId: uuid() })).toBeNull();
    });

    it('marks a reminder sent with the provider’s id, and never claims it again', async () => {
      const r = reminder();
      await log.claim(r, t(0));
      await log.markSent(r, 'SM-1', t(1));
      expect(await log.find(r)).toMatchObject({ state: 'SENT', sentAt: t(1), providerMessageId: 'SM-1', attempts: 1 });
      const again = await log.reclaim({ staleBefore: t(500), maxAttempts: 5, limit: 1000, at: t(501) });
      expect(again.some((x) => x.loanId === r.loanId)).toBe(false);
    });

    it('claims a failed reminder again at once, and a held claim only once it is stale, up to the attempts allowed', async () => {
      const failed = reminder('OVERDUE_7');
      const held = reminder('DUE_SOON');
      await log.claim(failed, t(10));
      await log.claim(held, t(11));
      await log.markFailed(failed, 'provider down', t(12));
      expect(await log.find(failed)).toMatchObject({ state: 'FAILED', lastError: 'provider down' });
      const mine = (records: readonly { readonly loanId: string }[]) => records.filter((x) => x.loanId === failed.loanId || x.loanId === held.loanId).map((x) => x.loanId);
      expect(mine(await log.reclaim({ staleBefore: t(11), maxAttempts: 3, limit: 1000, at: t(13) }))).toEqual([failed.loanId]);
      expect(await log.find(failed)).toMatchObject({ state: 'CLAIMED', attempts: 2, claimedAt: t(13) });
      // The held claim (t 11) is stale once the cutoff passes it; the reclaimed one (t 13) is not yet.
      expect(mine(await log.reclaim({ staleBefore: t(12), maxAttempts: 3, limit: 1000, at: t(14) }))).toEqual([held.loanId]);
      await log.markFailed(failed, 'still down', t(15));
      expect(mine(await log.reclaim({ staleBefore: t(0), maxAttempts: 3, limit: 1000, at: t(16) }))).toEqual([failed.loanId]);
      await log.markFailed(failed, 'down for good', t(17));
      expect(mine(await log.reclaim({ staleBefore: t(0), maxAttempts: 3, limit: 1000, at: t(18) }))).toEqual([]);
      expect(await log.find(failed)).toMatchObject({ state: 'FAILED', attempts: 3, lastError: 'down for good' });
    });

    it('claims again at most `limit`, the oldest claims first', async () => {
      const rs = [reminder(), reminder(), reminder()];
      for (const [i, r] of rs.entries()) {
        await log.claim(r, new Date(Date.UTC(2020, 0, 1, 0, 3 - i)));
        await log.markFailed(r, 'x', t(0));
      }
      const first = await log.reclaim({ staleBefore: new Date(Date.UTC(2019, 0, 1)), maxAttempts: 2, limit: 2, at: t(30) });
      expect(new Set(first.map((r) => r.loanId))).toEqual(new Set([rs[2]!.loanId, rs[1]!.loanId]));
      expect(first.find((r) => r.loanId === rs[2]!.loanId)?.message).toEqual(rs[2]!.message);
    });
  });
}
