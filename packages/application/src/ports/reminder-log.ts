import type { LocalDate } from '@los/domain';
import type { OutboundMessage } from './message-sender.js';

/** One reminder of one instalment: `kind` is `DUE_SOON`, `DUE_TODAY` or `OVERDUE_<days>`. */
export interface ReminderKey {
  readonly brandId: string;
  readonly loanId: string;
  readonly dueDate: LocalDate;
  readonly kind: string;
}

/** A reminder and the message it sends. */
export interface Reminder extends ReminderKey {
  readonly message: OutboundMessage;
}

/**
 * A reminder as recorded: CLAIMED while a sender holds it (recorded before the send), SENT once the provider
 * accepted it, FAILED when the provider refused (it is claimed again later, up to a number of attempts).
 */
export interface ReminderRecord extends Reminder {
  readonly state: 'CLAIMED' | 'SENT' | 'FAILED';
  readonly attempts: number;
  readonly claimedAt: Date;
  readonly sentAt: Date | null;
  readonly providerMessageId: string | null;
  readonly lastError: string | null;
}

/**
 * The reminders sent to borrowers, one per (loan, due date, kind): a reminder is claimed before it is sent,
 * so it is never sent twice by two runs, and is marked sent only after the provider accepted it.
 */
export interface ReminderLog {
  /** Records the reminder as CLAIMED (attempt 1); false, with nothing written, when it is already recorded. */
  claim(reminder: Reminder, at: Date): Promise<boolean>;
  /**
   * Claims again, at most `limit` (the oldest claims first), the reminders that FAILED or whose claim is older than
   * `staleBefore` (their sender died before it could mark them), with fewer than `maxAttempts` attempts.
   */
  reclaim(input: { readonly staleBefore: Date; readonly maxAttempts: number; readonly limit: number; readonly at: Date }): Promise<readonly ReminderRecord[]>;
  markSent(key: ReminderKey, providerMessageId: string, at: Date): Promise<void>;
  markFailed(key: ReminderKey, error: string, at: Date): Promise<void>;
  find(key: ReminderKey): Promise<ReminderRecord | null>;
}
