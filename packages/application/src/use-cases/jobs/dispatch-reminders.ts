import { type LocalDate, loanPosition } from '@los/domain';
import type { Clock } from '../../ports/clock.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { MessageSender } from '../../ports/message-sender.js';
import type { Reminder, ReminderLog } from '../../ports/reminder-log.js';
import { businessDate } from '../loans/business-date.js';
import { wallClock } from './job-schedule.js';
import { DEFAULT_REMINDER_POLICY, type ReminderPolicy, remindersDue } from './repayment-reminders.js';
import { type JobFailure, JobIncompleteError, failureMessage } from './scheduled-job.js';

/** What one reminder run did. */
export interface ReminderCounts {
  /** Reminders claimed for sending in this run (new ones and failed or stale ones again). */
  readonly due: number;
  readonly sent: number;
  /** Sends the provider refused (claimed again on a later run). */
  readonly failed: number;
  /** Loans whose reminders could not be worked out or claimed (broken records); the walk is repeated until none fail. */
  readonly loansFailed: number;
}

type Counts = { -readonly [K in keyof ReminderCounts]: ReminderCounts[K] };

interface DispatchRemindersDeps {
  readonly unitOfWork: LifecycleUnitOfWork;
  readonly reminders: ReminderLog;
  readonly sender: MessageSender;
  readonly clock: Clock;
  readonly timeZone: string;
  readonly policy?: ReminderPolicy;
  /** Loans read per page of the book (default 200). */
  readonly pageSize?: number;
}

/**
 * The reminder dispatch job (every minute, within the policy's sending hours): once per business day it
 * walks the loans in repayment and claims each reminder their positions call for (due in a few days, due
 * today, overdue milestones); every run sends what it claimed and claims again what failed or what a dead
 * sender left. A reminder is recorded (claimed) before it is sent and outside any loan transaction, and marked
 * sent only after the provider accepted it, so it goes out once per (loan, due date, kind) even across runs,
 * restarts and a change of leader; at worst a sender dying between the provider's acceptance and the mark
 * sends it once more after the claim times out. A loan whose reminders fail does not stop the others; the run
 * then ends with `JobIncompleteError` naming each such loan and its brand, so the job run is recorded failed.
 */
export class DispatchReminders {
  static readonly job = 'reminder-dispatch';
  /** The business date of the last complete walk of the book by this process. */
  private scannedOn: LocalDate | undefined;

  constructor(private readonly deps: DispatchRemindersDeps) {}

  async execute(): Promise<ReminderCounts> {
    const { clock, timeZone, reminders } = this.deps;
    const policy = this.deps.policy ?? DEFAULT_REMINDER_POLICY;
    const counts: Counts = { due: 0, sent: 0, failed: 0, loansFailed: 0 };
    const now = clock.now();
    const { minute } = wallClock(now, timeZone);
    if (minute < policy.sendFromMinute || minute >= policy.sendUntilMinute) return counts;
    const failures: JobFailure[] = [];
    const retry = await reminders.reclaim({ staleBefore: new Date(now.getTime() - policy.claimTimeoutMs), maxAttempts: policy.maxAttempts, limit: 500, at: now });
    await this.sendAll(retry, counts, failures);
    const today = businessDate(now, timeZone);
    if (this.scannedOn !== today) {
      await this.scan(today, policy, counts, failures);
      if (counts.loansFailed === 0) this.scannedOn = today;
    }
    if (failures.length > 0) throw new JobIncompleteError('reminder dispatch', counts, failures);
    return counts;
  }

  /** Walks the book page by page, claiming and sending each loan's reminders before reading the next. */
  private async scan(today: LocalDate, policy: ReminderPolicy, counts: Counts, failures: JobFailure[]): Promise<void> {
    const { unitOfWork, reminders, clock, pageSize = 200 } = this.deps;
    let after: string | undefined;
    for (;;) {
      const cursor = after;
      const page = await unitOfWork.run((repos) => repos.loans.listInRepayment(pageSize, cursor));
      for (const ref of page) {
        const claimed: Reminder[] = [];
        try {
          for (const reminder of await this.remindersOf(ref, today, policy)) if (await reminders.claim(reminder, clock.now())) claimed.push(reminder);
        } catch (error) {
          counts.loansFailed += 1;
          failures.push({ brandId: ref.brandId, loanId: ref.loanId, error: failureMessage(error) });
        }
        // What was claimed before a failure is sent all the same: a claim left unsent would wait for its timeout.
        await this.sendAll(claimed, counts, failures);
      }
      if (page.length < pageSize) return;
      after = page.at(-1)?.loanId;
    }
  }

  /** The reminders a loan calls for today, with their messages, read in one transaction. */
  private remindersOf(ref: { readonly brandId: string; readonly loanId: string }, today: LocalDate, policy: ReminderPolicy): Promise<Reminder[]> {
    return this.deps.unitOfWork.run(async (repos) => {
      const [loan, schedule] = await Promise.all([repos.loans.findById(ref.brandId, ref.loanId), repos.servicing.schedule(ref.brandId, ref.loanId)]);
      if (!loan || !schedule || (loan.status !== 'ACTIVE' && loan.status !== 'OVERDUE')) return [];
      const due = remindersDue(loanPosition(schedule, await repos.ledger.entriesOfLoan(ref.brandId, ref.loanId), today), today, policy);
      if (due.length === 0) return [];
      const s = loan.toSnapshot();
      const [brand, customer] = await Promise.all([repos.brands.findById(s.brandId), repos.customers.findById(s.brandId, s.customerId)]);
      if (!brand || !customer) throw new Error(`brand or customer of loan ${s.id} not found`);
      return due.map((d): Reminder => {
        const variables = { brand: brand.name, loan: s.id.slice(0, 8), currency: d.amount.currency, amount: d.amount.toFixed(), dueDate: d.dueDate };
        const overdue = d.daysPastDue !== undefined;
        return {
          brandId: s.brandId, loanId: s.id, dueDate: d.dueDate, kind: d.kind,
          message: { brandId: s.brandId, channel: 'SMS', to: customer.phone, template: overdue ? 'repayment-overdue' : 'repayment-reminder', variables: overdue ? { ...variables, days: String(d.daysPastDue) } : variables },
        };
      });
    });
  }

  /**
   * Sends claimed reminders one by one, marking each sent or failed. A mark that cannot be written is a
   * failure of the run but not of the others: the claim stays and is taken again once it times out.
   */
  private async sendAll(claimed: readonly Reminder[], counts: Counts, failures: JobFailure[]): Promise<void> {
    const { reminders, sender, clock } = this.deps;
    for (const reminder of claimed) {
      counts.due += 1;
      let providerMessageId: string;
      try {
        ({ providerMessageId } = await sender.send(reminder.message));
      } catch (error) {
        counts.failed += 1;
        await reminders.markFailed(reminder, failureMessage(error), clock.now()).catch((e: unknown) => void failures.push(failureOf(reminder, e)));
        continue;
      }
      counts.sent += 1;
      // Only a refusal marks it failed: once accepted, a failure to record it leaves the claim to time out.
      await reminders.markSent(reminder, providerMessageId, clock.now()).catch((e: unknown) => void failures.push(failureOf(reminder, e)));
    }
  }
}

function failureOf(reminder: Reminder, error: unknown): JobFailure {
  return { brandId: reminder.brandId, loanId: reminder.loanId, error: failureMessage(error) };
}
