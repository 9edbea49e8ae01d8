import type { ColumnType } from 'kysely';

/** A nullable `timestamptz` column. */
type OptionalInstant = ColumnType<Date | null, Date | null, Date | null>;

/** `customer_kyc`: each step's latest attempt per brand and customer (migration 0008). */
export interface CustomerKycTable {
  brand_id: string;
  customer_id: string;
  version: number;
  verified_name: string | null;
  pan_status: string | null;
  pan_result: string | null;
  pan: string | null;
  pan_registered_name: string | null;
  pan_name_match_score: number | null;
  pan_checked_at: OptionalInstant;
  aadhaar_status: string | null;
  aadhaar_result: string | null;
  /** Only ever XXXX-XXXX-1234 (a check constraint refuses anything else). */
  aadhaar_masked: string | null;
  aadhaar_reference_id: string | null;
  /** Migration 0014. */
  aadhaar_ref: string | null;
  aadhaar_name: string | null;
  /** `date`, read and written as 'YYYY-MM-DD'. */
  aadhaar_date_of_birth: string | null;
  aadhaar_checked_at: OptionalInstant;
  bank_status: string | null;
  bank_result: string | null;
  bank_account_number: string | null;
  bank_ifsc: string | null;
  bank_holder_name: string | null;
  bank_name_match_score: number | null;
  bank_provider_reference: string | null;
  bank_verified_at: OptionalInstant;
  bank_checked_at: OptionalInstant;
  employment_status: string | null;
  employment_result: string | null;
  employment_uan: string | null;
  employment_employer: string | null;
  employment_name: string | null;
  employment_name_match_score: number | null;
  employment_checked_at: OptionalInstant;
  /** Set by the database (`now()`) on every write. */
  updated_at: ColumnType<Date, never, Date>;
}

/** `brand_kyc_settings`: the steps a brand requires before sanction and its name-match threshold (migration 0008). */
export interface BrandKycSettingsTable {
  brand_id: string;
  /** jsonb array of step names, written as a JSON string. */
  required_steps: ColumnType<string[], string, string>;
  name_match_threshold: number;
  /** Set by the database (`now()`) on every write. */
  updated_at: ColumnType<Date, never, Date>;
}
