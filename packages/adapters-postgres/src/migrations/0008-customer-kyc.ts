import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

/**
 * Customer KYC: one row per brand and customer with each step's latest attempt and the verified name, and
 * each brand's KYC settings. The Aadhaar column only accepts the masked form (UIDAI: never the full number).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      create table customer_kyc (
        brand_id uuid not null references brands (id),
        customer_id uuid not null references customers (id),
        version int not null check (version > 0),
        verified_name text,
        pan_status text check (pan_status in ('VERIFIED', 'FAILED')),
        pan_result text,
        pan text,
        pan_registered_name text,
        pan_name_match_score int check (pan_name_match_score between 0 and 100),
        pan_checked_at timestamptz,
        aadhaar_status text check (aadhaar_status in ('OTP_SENT', 'VERIFIED', 'FAILED')),
        aadhaar_result text,
        aadhaar_masked text check (aadhaar_masked ~ '^XXXX-XXXX-[0-9]{4}$'),
        aadhaar_reference_id text,
        aadhaar_name text,
        aadhaar_date_of_birth date,
        aadhaar_checked_at timestamptz,
        bank_status text check (bank_status in ('VERIFIED', 'FAILED')),
        bank_result text,
        bank_account_number text,
        bank_ifsc text,
        bank_holder_name text,
        bank_name_match_score int check (bank_name_match_score between 0 and 100),
        bank_provider_reference text,
        bank_verified_at timestamptz,
        bank_checked_at timestamptz,
        employment_status text check (employment_status in ('VERIFIED', 'FAILED')),
        employment_result text,
        employment_uan text,
        employment_employer text,
        employment_name text,
        employment_name_match_score int check (employment_name_match_score between 0 and 100),
        employment_checked_at timestamptz,
        updated_at timestamptz not null default now(),
        primary key (brand_id, customer_id),
        foreign key (brand_id, customer_id) references customers (brand_id, id)
      );
      create table brand_kyc_settings (
        brand_id uuid primary key references brands (id),
        required_steps jsonb not null,
        name_match_threshold int not null default 80 check (name_match_threshold between 0 and 100),
        updated_at timestamptz not null default now()
      );
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      drop table brand_kyc_settings;
      drop table customer_kyc;
    `,
  );
}
