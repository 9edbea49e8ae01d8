import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

/**
 * Servicing a disbursed loan: the disbursal (payout request, UTR, date), days past due and closure on the
 * loan; the schedule fixed at disbursal; payments received (recorded once per provider and provider id,
 * manual ones waiting for a second person); and the payment links sent, so a payment lands with its purpose.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      alter table loans
        add column disbursal jsonb,
        add column days_past_due int not null default 0 check (days_past_due >= 0),
        add column closure text check (closure in ('REPAID', 'FORECLOSED')),
        add column closed_at timestamptz,
        add column noc_key text;
      create index loans_in_repayment_idx on loans (id) where status in ('ACTIVE', 'OVERDUE');
      create table loan_schedules (
        loan_id uuid primary key references loans (id),
        brand_id uuid not null references brands (id),
        schedule jsonb not null
      );
      create table loan_payments (
        seq bigserial not null unique,
        id uuid primary key,
        brand_id uuid not null references brands (id),
        loan_id uuid not null references loans (id),
        source text not null check (source in ('GATEWAY', 'MANUAL')),
        provider text not null,
        provider_payment_id text not null check (length(provider_payment_id) between 1 and 100),
        purpose text not null check (purpose in ('REPAYMENT', 'FORECLOSURE')),
        amount numeric(18, 2) not null check (amount > 0),
        currency char(3) not null,
        received_on date not null,
        status text not null check (status in ('PENDING_APPROVAL', 'POSTED', 'REJECTED', 'BOUNCED')),
        entered_by text,
        decided_by text,
        decided_at timestamptz,
        note text,
        -- The ledger entry that booked it; not a foreign key, so the ledger stays append-only even to TRUNCATE ... CASCADE.
        journal_entry_id uuid,
        created_at timestamptz not null,
        unique (brand_id, provider, provider_payment_id),
        check (status not in ('POSTED', 'BOUNCED') or journal_entry_id is not null),
        check (source <> 'MANUAL' or status = 'PENDING_APPROVAL' or decided_by is distinct from entered_by)
      );
      create index loan_payments_brand_idx on loan_payments (brand_id, status, seq);
      create table loan_payment_links (
        reference text primary key,
        brand_id uuid not null references brands (id),
        loan_id uuid not null references loans (id),
        purpose text not null check (purpose in ('REPAYMENT', 'FORECLOSURE')),
        amount numeric(18, 2) not null check (amount > 0),
        currency char(3) not null,
        provider text not null,
        provider_link_id text not null,
        url text not null,
        quote jsonb,
        created_at timestamptz not null
      );
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      drop table loan_payment_links;
      drop table loan_payments;
      drop table loan_schedules;
      drop index loans_in_repayment_idx;
      alter table loans drop column disbursal, drop column days_past_due, drop column closure, drop column closed_at, drop column noc_key;
    `,
  );
}
