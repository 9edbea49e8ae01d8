import { type LoanPosition, type LocalDate, Money, daysBetween } from '@los/domain';

/** When borrowers are reminded, and how sending is retried. */
export interface ReminderPolicy {
  /** Days before a due date the first reminder goes out (`DUE_SOON`). */
  readonly daysBefore: number;
  /** Days past due at which an overdue reminder goes out (`OVERDUE_<days>`), ascending. */
  readonly overdueDays: readonly number[];
  /** The local wall-clock window (minutes of the day, business time zone) messages may go out in. */
  readonly sendFromMinute: number;
  readonly sendUntilMinute: number;
  /** Sends tried per reminder before it is left FAILED for staff to look at. */
  readonly maxAttempts: number;
  /** A claim older than this is taken to belong to a sender that died, and is claimed again. */
  readonly claimTimeoutMs: number;
}

/** Three days ahead, on the day, then at 1, 7, 15, 30, 60 and 90 days past due; 09:00 to 21:00; five attempts. */
export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  daysBefore: 3,
  overdueDays: [1, 7, 15, 30, 60, 90],
  sendFromMinute: 9 * 60,
  sendUntilMinute: 21 * 60,
  maxAttempts: 5,
  claimTimeoutMs: 10 * 60_000,
};

/** A reminder a loan's position calls for today. */
export interface ReminderDue {
  readonly dueDate: LocalDate;
  readonly kind: string;
  readonly amount: Money;
  /** Days past due, for an overdue reminder. */
  readonly daysPastDue?: number;
}

/**
 * The reminders a loan's position calls for on `today`: for the next instalment not yet due, `DUE_SOON`
 * within `daysBefore` days of its due date and `DUE_TODAY` on it (none when the excess held already covers
 * it); for arrears, `OVERDUE_<n>` at the highest milestone the days past due have reached, keyed by the
 * oldest unpaid due date and asking for everything overdue. A day a run missed is caught up the next day,
 * but a milestone passed is never sent late.
 */
export function remindersDue(position: LoanPosition, today: LocalDate, policy: ReminderPolicy): ReminderDue[] {
  const due: ReminderDue[] = [];
  const overdue = position.instalments.filter((i) => i.status === 'OVERDUE');
  const milestone = [...policy.overdueDays].reverse().find((d) => d <= position.daysPastDue);
  const oldest = overdue[0];
  if (oldest && milestone !== undefined) {
    const amount = Money.sum(overdue.map((i) => i.amount.minus(i.paid)), oldest.amount.currency);
    due.push({ dueDate: oldest.dueDate, kind: `OVERDUE_${milestone}`, amount, daysPastDue: position.daysPastDue });
  }
  const next = position.instalments.find((i) => i.status === 'DUE' || i.status === 'UPCOMING');
  if (next) {
    const left = next.amount.minus(next.paid);
    const daysAhead = daysBetween(today, next.dueDate);
    const covered = !position.balances.excess.lessThan(left);
    if (!covered && daysAhead === 0) due.push({ dueDate: next.dueDate, kind: 'DUE_TODAY', amount: left });
    else if (!covered && daysAhead > 0 && daysAhead <= policy.daysBefore) due.push({ dueDate: next.dueDate, kind: 'DUE_SOON', amount: left });
  }
  return due;
}
