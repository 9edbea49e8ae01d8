import { type LocalDate, Money, localDate, plusDays } from '@los/domain';
import { describe, expect, it } from 'vitest';
import type { MessageSender, OutboundMessage } from '../../ports/message-sender.js';
import { describeReminderLogContract } from '../../testing/contracts/reminder-log.contract.js';
import { seedDisbursedLoan, seedRepayment, withCorruptSchedule } from '../../testing/contracts/seed-disbursed-loan.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { InMemoryLifecycleUnitOfWork } from '../../testing/fakes/in-memory-lifecycle-unit-of-work.js';
import { InMemoryReminderLog } from '../../testing/fakes/in-memory-reminder-log.js';
import { InMemoryTables } from '../../testing/fakes/in-memory-tables.js';
import { InMemoryUnitOfWork } from '../../testing/fakes/in-memory-unit-of-work.js';
import { DispatchReminders } from './dispatch-reminders.js';
import { JobIncompleteError } from './scheduled-job.js';

describeReminderLogContract({ name: 'in-memory', create: async () => ({ log: new InMemoryReminderLog() }) });

/** A sender that keeps what it sent, and refuses while `down` is set. */
class FlakySender implements MessageSender {
  readonly sent: OutboundMessage[] = [];
  down = false;
  async send(message: OutboundMessage): Promise<{ readonly providerMessageId: string }> {
    if (this.down) throw new Error('provider down');
    this.sent.push(message);
    return { providerMessageId: `SM-${this.sent.length}` };
  }
}

async function book() {
  const unitOfWork = new InMemoryLifecycleUnitOfWork(new InMemoryUnitOfWork(new InMemoryTables()));
  const loan = await seedDisbursedLoan(unitOfWork, { disbursedOn: localDate('2026-01-05') });
  const row = loan.schedule.rows[0]!;
  const due = row.dueDate as LocalDate;
  const clock = new FixedClock();
  const log = new InMemoryReminderLog();
  const sender = new FlakySender();
  const dispatcher = () => new DispatchReminders({ unitOfWork, reminders: log, sender, clock, timeZone: 'Asia/Kolkata', pageSize: 2 });
  /** A fresh dispatcher (a restarted worker, say) at a local time on `day`. */
  const runOn = (day: LocalDate, localTime = '10:00') => {
    clock.set(new Date(`${day}T${localTime}:00+05:30`));
    return dispatcher().execute();
  };
  return { unitOfWork, loan, row, due, clock, log, sender, dispatcher, runOn };
}

describe('DispatchReminders', () => {
  it('reminds three days ahead, on the day and at the overdue milestones, each once', async () => {
    const w = await book();
    const kinds = () => w.sender.sent.map((m) => [m.template, m.variables['dueDate'], m.variables['days'] ?? null]);
    expect(await w.runOn(plusDays(w.due, -4))).toEqual({ due: 0, sent: 0, failed: 0, loansFailed: 0 });
    expect(await w.runOn(plusDays(w.due, -3))).toEqual({ due: 1, sent: 1, failed: 0, loansFailed: 0 });
    expect(await w.runOn(plusDays(w.due, -3), '10:01')).toMatchObject({ due: 0, sent: 0 });
    expect(await w.runOn(plusDays(w.due, -2))).toMatchObject({ sent: 0 });
    expect(await w.runOn(w.due)).toMatchObject({ sent: 1 });
    expect(await w.runOn(plusDays(w.due, 1))).toMatchObject({ sent: 1 });
    for (const d of [2, 3, 6]) expect(await w.runOn(plusDays(w.due, d))).toMatchObject({ sent: 0 });
    expect(await w.runOn(plusDays(w.due, 7))).toMatchObject({ sent: 1 });
    expect(kinds()).toEqual([
      ['repayment-reminder', w.due, null],
      ['repayment-reminder', w.due, null],
      ['repayment-overdue', w.due, '1'],
      ['repayment-overdue', w.due, '7'],
    ]);
    expect(w.sender.sent[0]).toEqual({
      brandId: w.loan.brandId, channel: 'SMS', to: w.loan.phone, template: 'repayment-reminder',
      variables: { brand: 'Servicing brand', loan: w.loan.loanId.slice(0, 8), currency: 'INR', amount: Money.of(w.row.total).toFixed(), dueDate: w.due },
    });
    expect(await w.log.find({ brandId: w.loan.brandId, loanId: w.loan.loanId, dueDate: w.due, kind: 'OVERDUE_7' })).toMatchObject({ state: 'SENT', providerMessageId: 'SM-4' });
  });

  it('sends nothing outside the sending hours, and nothing ahead for an instalment the excess already covers', async () => {
    const w = await book();
    expect(await w.runOn(plusDays(w.due, -3), '22:30')).toMatchObject({ due: 0 });
    expect(await w.runOn(plusDays(w.due, -3), '08:59')).toMatchObject({ due: 0 });
    await seedRepayment(w.unitOfWork, w.loan, w.row.total, plusDays(w.due, -5));
    expect(await w.runOn(plusDays(w.due, -3))).toMatchObject({ due: 0 });
    expect(await w.runOn(w.due)).toMatchObject({ due: 0 });
    expect(w.sender.sent).toEqual([]);
  });

  it('sends again on the next run a reminder the provider refused, and one whose sender died after claiming it', async () => {
    const w = await book();
    w.sender.down = true;
    const dispatcher = w.dispatcher();
    w.clock.set(new Date(`${w.due}T10:00:00+05:30`));
    expect(await dispatcher.execute()).toEqual({ due: 1, sent: 0, failed: 1, loansFailed: 0 });
    w.sender.down = false;
    w.clock.advance(60_000);
    expect(await dispatcher.execute()).toEqual({ due: 1, sent: 1, failed: 0, loansFailed: 0 });
    expect(w.sender.sent.map((m) => m.template)).toEqual(['repayment-reminder']);
    // A sender that claimed the overdue reminder and died: its claim is taken over once it times out.
    const key = { brandId: w.loan.brandId, loanId: w.loan.loanId, dueDate: w.due, kind: 'OVERDUE_1' };
    const dead = new Date(`${plusDays(w.due, 1)}T10:00:00+05:30`);
    await w.log.claim({ ...key, message: { brandId: key.brandId, channel: 'SMS', to: w.loan.phone, template: 'repayment-overdue', variables: {} } }, dead);
    w.clock.set(new Date(dead.getTime() + 5 * 60_000));
    expect(await w.dispatcher().execute()).toMatchObject({ sent: 0 });
    w.clock.set(new Date(dead.getTime() + 11 * 60_000));
    expect(await w.dispatcher().execute()).toMatchObject({ due: 1, sent: 1 });
    expect(await w.log.find(key)).toMatchObject({ state: 'SENT', attempts: 2 });
  });

  it('reminds the other loans when one loan fails, then reports the run incomplete naming the loan and its brand', async () => {
    const w = await book();
    const other = await seedDisbursedLoan(w.unitOfWork, { disbursedOn: localDate('2026-01-05') });
    // The book is walked in loan id order: the first loan breaks, the later one must still be reminded.
    const [broken, fine] = [w.loan, other].sort((a, b) => (a.loanId < b.loanId ? -1 : 1)) as [typeof other, typeof other];
    const failing = withCorruptSchedule(w.unitOfWork, broken.loanId);
    w.clock.set(new Date(`${w.due}T10:00:00+05:30`));
    const dispatcher = new DispatchReminders({ unitOfWork: failing, reminders: w.log, sender: w.sender, clock: w.clock, timeZone: 'Asia/Kolkata', pageSize: 1 });
    const failure = await dispatcher.execute().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(JobIncompleteError);
    expect(failure).toMatchObject({ counts: { due: 1, sent: 1, failed: 0, loansFailed: 1 }, failures: [{ brandId: broken.brandId, loanId: broken.loanId, error: 'Error: corrupt schedule' }] });
    expect(w.sender.sent.map((m) => m.variables['loan'])).toEqual([fine.loanId.slice(0, 8)]);
    // The walk is repeated on the next run until no loan fails; what was sent is not sent again.
    w.clock.advance(60_000);
    expect(await w.dispatcher().execute()).toEqual({ due: 1, sent: 1, failed: 0, loansFailed: 0 });
    expect(w.sender.sent.map((m) => m.variables['loan']).sort()).toEqual([broken.loanId.slice(0, 8), fine.loanId.slice(0, 8)].sort());
  });

  it('keeps sending when recording one sent reminder fails, and reports that reminder in the run', async () => {
    const w = await book();
    const other = await seedDisbursedLoan(w.unitOfWork, { disbursedOn: localDate('2026-01-05') });
    const first = [w.loan, other].sort((a, b) => (a.loanId < b.loanId ? -1 : 1))[0]!;
    const markSent = w.log.markSent.bind(w.log);
    w.log.markSent = (reminder, id, at) => (reminder.loanId === first.loanId ? Promise.reject(new Error('connection reset')) : markSent(reminder, id, at));
    w.clock.set(new Date(`${w.due}T10:00:00+05:30`));
    const failure = await w.dispatcher().execute().catch((e: unknown) => e);
    expect(failure).toMatchObject({ counts: { due: 2, sent: 2, loansFailed: 0 }, failures: [{ loanId: first.loanId, error: 'Error: connection reset' }] });
    expect(w.sender.sent).toHaveLength(2);
  });
});
