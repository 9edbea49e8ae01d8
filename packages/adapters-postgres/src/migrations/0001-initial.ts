import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

// Frozen at the time of writing: a later change to the statuses gets its own migration.
const LOAN_STATUSES_0001 = [
  'APPLIED', 'UNDER_REVIEW', 'CREDIT_APPROVED', 'SANCTIONED', 'AGREEMENT_SENT', 'AGREEMENT_SIGNED', 'DISBURSAL_PENDING',
  'ACTIVE', 'OVERDUE', 'CLOSED', 'SETTLED', 'WRITTEN_OFF', 'REJECTED', 'CANCELLED',
];

/** Brands, products, staff, customers, loans, the outbox and the processed-message ledger. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, sql`
    create table brands (
      id uuid primary key,
      code text not null unique,
      name text not null,
      created_at timestamptz not null
    );

    create table loan_products (
      id uuid primary key,
      brand_id uuid not null references brands (id),
      code text not null,
      name text not null,
      currency char(3) not null,
      min_amount numeric(18, 2) not null check (min_amount >= 0),
      max_amount numeric(18, 2) not null check (max_amount >= min_amount),
      tenure_unit text not null check (tenure_unit in ('DAY', 'MONTH')),
      allowed_tenures int[] not null,
      annual_rate_percent numeric(20, 4) not null check (annual_rate_percent >= 0),
      processing_fee jsonb not null,
      active boolean not null,
      unique (brand_id, code),
      unique (brand_id, id)
    );

    create table staff_users (
      id uuid primary key,
      email text not null unique check (email = lower(email)),
      name text not null,
      password_hash text not null,
      super_admin boolean not null,
      active boolean not null,
      created_at timestamptz not null
    );

    create table staff_roles (
      user_id uuid not null references staff_users (id) on delete cascade,
      brand_id uuid not null references brands (id),
      role text not null,
      primary key (user_id, brand_id, role)
    );
    create index staff_roles_brand_idx on staff_roles (brand_id);

    create table customers (
      id uuid primary key,
      brand_id uuid not null references brands (id),
      phone text not null,
      created_at timestamptz not null,
      unique (brand_id, phone),
      unique (brand_id, id)
    );

    create table loans (
      id uuid primary key,
      brand_id uuid not null references brands (id),
      customer_id uuid not null,
      product_id uuid not null,
      amount numeric(18, 2) not null check (amount > 0),
      currency char(3) not null,
      tenure int not null check (tenure > 0),
      status text not null check (status in (${sql.join(LOAN_STATUSES_0001.map((s) => sql.lit(s)))})),
      rejection_reasons text[] not null default '{}',
      applied_at timestamptz not null,
      updated_at timestamptz not null,
      version int not null default 0,
      -- a loan's customer and product must belong to the loan's own brand
      foreign key (brand_id, customer_id) references customers (brand_id, id),
      foreign key (brand_id, product_id) references loan_products (brand_id, id)
    );
    create index loans_brand_applied_idx on loans (brand_id, applied_at desc, id desc);
    create index loans_brand_customer_idx on loans (brand_id, customer_id);

    create table outbox (
      seq bigserial primary key,
      id uuid not null unique,
      type text not null,
      aggregate_type text not null,
      aggregate_id text not null,
      brand_id text not null,
      occurred_at timestamptz not null,
      payload jsonb not null,
      created_at timestamptz not null default now(),
      published_at timestamptz
    );
    create index outbox_pending_idx on outbox (seq) where published_at is null;
    create index outbox_pending_aggregate_idx on outbox (aggregate_id, seq) where published_at is null;
    create index outbox_published_idx on outbox (published_at) where published_at is not null;

    create table processed_messages (
      consumer text not null,
      event_id text not null,
      processed_at timestamptz not null,
      primary key (consumer, event_id)
    );
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, sql`
    drop table processed_messages;
    drop table outbox;
    drop table loans;
    drop table customers;
    drop table staff_roles;
    drop table staff_users;
    drop table loan_products;
    drop table brands;
  `);
}
