import type { MessageChannel, Reminder, ReminderKey, ReminderLog, ReminderRecord } from '@los/application';
import { localDate } from '@los/domain';
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, RemindersSentTable } from './database-schema.js';

const recordFromRow = (row: Selectable<RemindersSentTable>): ReminderRecord => ({
  brandId: row.brand_id,
  loanId: row.loan_id,
  dueDate: localDate(row.due_date),
  kind: row.kind,
  message: { brandId: row.brand_id, channel: row.channel as MessageChannel, to: row.recipient, template: row.template, variables: row.variables },
  state: row.state as ReminderRecord['state'],
  attempts: row.attempts,
  claimedAt: row.claimed_at,
  sentAt: row.sent_at,
  providerMessageId: row.provider_message_id,
  lastError: row.last_error,
});

/** The `reminders_sent` table: a reminder claimed by inserting its (loan, due date, kind) once. */
export class PgReminderLog implements ReminderLog {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async claim(reminder: Reminder, at: Date): Promise<boolean> {
    const { message } = reminder;
    const inserted = await this.db
      .insertInto('reminders_sent')
      .values({
        brand_id: reminder.brandId, loan_id: reminder.loanId, due_date: reminder.dueDate, kind: reminder.kind,
        channel: message.channel, recipient: message.to, template: message.template, variables: JSON.stringify(message.variables),
        state: 'CLAIMED', attempts: 1, claimed_at: at,
      })
      .onConflict((oc) => oc.columns(['loan_id', 'due_date', 'kind']).doNothing())
      .executeTakeFirst();
    return inserted.numInsertedOrUpdatedRows === 1n;
  }

  async reclaim(input: { readonly staleBefore: Date; readonly maxAttempts: number; readonly limit: number; readonly at: Date }): Promise<readonly ReminderRecord[]> {
    // One statement: rows another sender is reclaiming at the same moment are skipped, never taken twice.
    const rows = await this.db
      .updateTable('reminders_sent')
      .set((eb) => ({ state: 'CLAIMED', attempts: eb('attempts', '+', 1), claimed_at: input.at }))
      .where(({ eb, refTuple, selectFrom }) =>
        eb(
          refTuple('loan_id', 'due_date', 'kind'),
          'in',
          selectFrom('reminders_sent')
            .select(['loan_id', 'due_date', 'kind'])
            .where('attempts', '<', input.maxAttempts)
            .where((w) => w.or([w('state', '=', 'FAILED'), w.and([w('state', '=', 'CLAIMED'), w('claimed_at', '<', input.staleBefore)])]))
            .orderBy('claimed_at')
            .limit(input.limit)
            .forUpdate()
            .skipLocked()
            .$asTuple('loan_id', 'due_date', 'kind'),
        ),
      )
      .returningAll()
      .execute();
    return rows.map(recordFromRow);
  }

  async markSent(key: ReminderKey, providerMessageId: string, at: Date): Promise<void> {
    await this.db.updateTable('reminders_sent').set({ state: 'SENT', sent_at: at, provider_message_id: providerMessageId, last_error: null }).where(keyed(key)).execute();
  }

  async markFailed(key: ReminderKey, error: string): Promise<void> {
    await this.db.updateTable('reminders_sent').set({ state: 'FAILED', last_error: error.slice(0, 1000) }).where(keyed(key)).execute();
  }

  async find(key: ReminderKey): Promise<ReminderRecord | null> {
    const row = await this.db.selectFrom('reminders_sent').selectAll().where(keyed(key)).executeTakeFirst();
    return row ? recordFromRow(row) : null;
  }
}

/** The row of one reminder, within its brand. */
const keyed = (key: ReminderKey) => (eb: ExpressionBuilder<DatabaseSchema, 'reminders_sent'>) =>
  eb.and({ brand_id: key.brandId, loan_id: key.loanId, due_date: key.dueDate, kind: key.kind });
