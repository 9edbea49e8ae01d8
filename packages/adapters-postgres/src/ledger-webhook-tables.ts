import type { ColumnType } from 'kysely';

/** `journal_entries`: one row per posted entry; `seq` orders postings. Never updated or deleted. */
export interface JournalEntriesTable {
  /** bigserial, read back as a string (int8). */
  seq: ColumnType<string, never, never>;
  id: string;
  brand_id: string;
  loan_id: string;
  /** `date`, read and written as 'YYYY-MM-DD'. */
  business_date: string;
  kind: string;
  memo: string;
  currency: string;
  reverses: string | null;
  posted_at: ColumnType<Date, Date | undefined, never>;
}

/** `journal_lines`: the debit and credit lines of an entry; `amount` is numeric(18,2) as a decimal string. */
export interface JournalLinesTable {
  entry_id: string;
  line_no: number;
  account: string;
  side: 'DEBIT' | 'CREDIT';
  amount: ColumnType<string, string, never>;
}

/** `webhook_inbox`: one row per (provider, event id) ever received. */
export interface WebhookInboxTable {
  provider: string;
  event_id: string;
  provider_event: string;
  body_sha256: string;
  received_at: ColumnType<Date, Date, never>;
  processed_at: ColumnType<Date | null, Date | null, Date | null>;
}
