import type { Reminder, ReminderKey, ReminderLog, ReminderRecord } from '../../ports/reminder-log.js';

const keyOf = (k: ReminderKey) => `${k.loanId}|${k.dueDate}|${k.kind}`;

/** Reminders in a map keyed by (loan, due date, kind), as the table's unique key. */
export class InMemoryReminderLog implements ReminderLog {
  private readonly rows = new Map<string, ReminderRecord>();

  async claim(reminder: Reminder, at: Date): Promise<boolean> {
    const key = keyOf(reminder);
    if (this.rows.has(key)) return false;
    this.rows.set(key, { ...reminder, state: 'CLAIMED', attempts: 1, claimedAt: at, sentAt: null, providerMessageId: null, lastError: null });
    return true;
  }

  async reclaim(input: { readonly staleBefore: Date; readonly maxAttempts: number; readonly limit: number; readonly at: Date }): Promise<readonly ReminderRecord[]> {
    const due = [...this.rows.values()]
      .filter((r) => r.attempts < input.maxAttempts && (r.state === 'FAILED' || (r.state === 'CLAIMED' && r.claimedAt < input.staleBefore)))
      .sort((a, b) => a.claimedAt.getTime() - b.claimedAt.getTime())
      .slice(0, input.limit);
    return due.map((r) => {
      const claimed: ReminderRecord = { ...r, state: 'CLAIMED', attempts: r.attempts + 1, claimedAt: input.at };
      this.rows.set(keyOf(r), claimed);
      return claimed;
    });
  }

  async markSent(key: ReminderKey, providerMessageId: string, at: Date): Promise<void> {
    const row = this.rows.get(keyOf(key));
    if (row) this.rows.set(keyOf(key), { ...row, state: 'SENT', sentAt: at, providerMessageId, lastError: null });
  }

  async markFailed(key: ReminderKey, error: string): Promise<void> {
    const row = this.rows.get(keyOf(key));
    if (row) this.rows.set(keyOf(key), { ...row, state: 'FAILED', lastError: error.slice(0, 1000) });
  }

  async find(key: ReminderKey): Promise<ReminderRecord | null> {
    const row = this.rows.get(keyOf(key));
    return row && row.brandId === key.brandId ? row : null;
  }
}
