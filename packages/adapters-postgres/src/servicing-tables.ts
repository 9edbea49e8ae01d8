import type { ColumnType } from 'kysely';

/** `loan_schedules`: the schedule fixed at disbursal, as the domain's ScheduleJson. */
export interface LoanSchedulesTable {
  loan_id: string;
  brand_id: string;
  schedule: ColumnType<unknown, string, never>;
}

/** `loan_payments`: payments received, unique per brand, provider and provider id; `amount` numeric(18,2). */
export interface LoanPaymentsTable {
  seq: ColumnType<string, never, never>;
  id: string;
  brand_id: string;
  loan_id: string;
  source: string;
  provider: string;
  provider_payment_id: string;
  purpose: string;
  amount: string;
  currency: string;
  /** `date`, read and written as 'YYYY-MM-DD'. */
  received_on: string;
  status: string;
  entered_by: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  note: string | null;
  journal_entry_id: string | null;
  created_at: Date;
}

/** `loan_payment_links`: links sent to borrowers, keyed by our reference. */
export interface LoanPaymentLinksTable {
  reference: string;
  brand_id: string;
  loan_id: string;
  purpose: string;
  amount: string;
  currency: string;
  provider: string;
  provider_link_id: string;
  url: string;
  quote: ColumnType<unknown, string | null, never>;
  created_at: Date;
}
