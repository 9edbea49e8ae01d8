import type { ColumnType } from 'kysely';

/** `bank_statements`: one row per statement a customer shared (migration 0013). */
export interface BankStatementsTable {
  id: string;
  brand_id: string;
  customer_id: string;
  provider: string;
  provider_reference: string;
  file_sha256: string;
  status: string;
  submitted_at: ColumnType<Date, Date, Date>;
  settled_at: ColumnType<Date | null, Date | null, Date | null>;
  failure_reason: string | null;
  account_holder_name: string | null;
  masked_account_number: string | null;
  /** `date` columns, read as `YYYY-MM-DD` strings. */
  period_from: string | null;
  period_to: string | null;
}

/** `bank_statement_lines`: the analysed lines of a completed statement, in statement order; money as `numeric` strings. */
export interface BankStatementLinesTable {
  statement_id: string;
  brand_id: string;
  line_no: number;
  value_date: string;
  direction: string;
  amount: string;
  balance_after: string;
  narration: string;
  category: string;
}
