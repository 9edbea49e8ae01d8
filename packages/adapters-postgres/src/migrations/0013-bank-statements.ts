import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

/**
 * Bank statements customers share: one row per submission (the provider that took the file and its
 * reference, the file's hash, pending → completed or failed once), and the analysed lines of a completed
 * one, money in `numeric`; every row carries its brand (a line's must be its statement's). A customer has
 * at most one live (not failed) submission of a file.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      create table bank_statements (
        id uuid primary key,
        brand_id uuid not null references brands (id),
        customer_id uuid not null,
        provider text not null check (length(provider) between 1 and 60),
        provider_reference text not null check (length(provider_reference) between 1 and 200),
        file_sha256 text not null check (length(file_sha256) between 1 and 128),
        status text not null check (status in ('PENDING', 'COMPLETED', 'FAILED')),
        submitted_at timestamptz not null,
        settled_at timestamptz,
        failure_reason text check (length(failure_reason) <= 500),
        account_holder_name text check (length(account_holder_name) <= 200),
        masked_account_number text check (masked_account_number ~ '^X*[0-9]{0,4}$'),
        period_from date,
        period_to date,
        foreign key (brand_id, customer_id) references customers (brand_id, id),
        unique (provider, provider_reference),
        unique (id, brand_id),
        check ((status = 'PENDING') = (settled_at is null)),
        check ((status = 'FAILED') = (failure_reason is not null)),
        check ((status = 'COMPLETED') = (period_from is not null and period_to is not null and period_from <= period_to))
      );
      create unique index bank_statements_live_file on bank_statements (brand_id, customer_id, file_sha256) where status <> 'FAILED';
      create index bank_statements_customer_newest on bank_statements (brand_id, customer_id, submitted_at desc, id desc);
      create index bank_statements_pending on bank_statements (submitted_at, id) where status = 'PENDING';
      create table bank_statement_lines (
        statement_id uuid not null,
        brand_id uuid not null,
        line_no integer not null check (line_no >= 0),
        value_date date not null,
        direction text not null check (direction in ('CREDIT', 'DEBIT')),
        amount numeric(18, 2) not null check (amount > 0),
        balance_after numeric(18, 2) not null,
        narration text not null check (length(narration) <= 500),
        category text not null check (category in ('SALARY', 'BOUNCE', 'OTHER')),
        primary key (statement_id, line_no),
        foreign key (statement_id, brand_id) references bank_statements (id, brand_id)
      );
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table bank_statement_lines`.execute(db);
  await sql`drop table bank_statements`.execute(db);
}
