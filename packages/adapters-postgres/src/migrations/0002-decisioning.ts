import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

/**
 * Decisioning: rule set versions (documents frozen once stored, one active version per rule set),
 * insert-only decisions with their rule-set version and explanation, applicant declarations, the loan's
 * decision and assignee, staff unavailability, and the per-brand allocation row that allocators lock.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, sql`
    alter table loans add constraint loans_brand_id_id_key unique (brand_id, id);
    alter table loans add column decision_id uuid;
    alter table loans add column assignee_id uuid references staff_users (id);
    alter table loans add column assigned_at timestamptz;
    create index loans_brand_assignee_open_idx on loans (brand_id, assignee_id) where status = 'UNDER_REVIEW';

    create table loan_applicants (
      loan_id uuid primary key,
      brand_id uuid not null,
      date_of_birth date,
      pan text check (pan ~ '^[A-Z]{5}[0-9]{4}[A-Z]$'),
      monthly_income numeric(18, 2) check (monthly_income >= 0),
      income_currency char(3),
      employment_type text check (employment_type in ('SALARIED', 'SELF_EMPLOYED', 'UNEMPLOYED')),
      employer_name text,
      employer_category text,
      months_with_employer int check (months_with_employer >= 0),
      pincode text,
      email text,
      check ((monthly_income is null) = (income_currency is null)),
      foreign key (brand_id, loan_id) references loans (brand_id, id)
    );

    create table rule_sets (
      brand_id uuid not null references brands (id),
      rule_set_id text not null,
      version int not null check (version > 0),
      fingerprint text not null,
      status text not null check (status in ('draft', 'checked', 'active', 'retired')),
      product_code text,
      checked_on date,
      document jsonb not null,
      scorecard jsonb,
      created_at timestamptz not null,
      created_by text not null,
      primary key (brand_id, rule_set_id, version)
    );
    create unique index rule_sets_one_active_idx on rule_sets (brand_id, rule_set_id) where status = 'active';
    create function rule_sets_freeze_document() returns trigger language plpgsql as $$ begin if new.document is distinct from old.document or new.scorecard is distinct from old.scorecard or new.fingerprint <> old.fingerprint or new.version <> old.version or new.rule_set_id <> old.rule_set_id or new.brand_id <> old.brand_id then raise exception 'a stored rule set version never changes (% v%)', old.rule_set_id, old.version; end if; return new; end $$;
    create trigger rule_sets_freeze_document before update on rule_sets for each row execute function rule_sets_freeze_document();

    create table decisions (
      id uuid primary key,
      brand_id uuid not null,
      loan_id uuid not null,
      rule_set_id text not null,
      rule_set_version int not null,
      rule_set_fingerprint text not null,
      outcome text not null check (outcome in ('approved', 'declined', 'referred')),
      loan_status text not null check (loan_status in ('REJECTED', 'UNDER_REVIEW')),
      reasons jsonb not null,
      evaluation jsonb,
      explanation jsonb not null,
      facts jsonb not null,
      as_of date not null,
      decided_at timestamptz not null,
      foreign key (brand_id, loan_id) references loans (brand_id, id)
    );
    create index decisions_loan_idx on decisions (brand_id, loan_id, decided_at desc, id desc);
    create function decisions_refuse_update() returns trigger language plpgsql as $$ begin raise exception 'a decision is never changed (decision %)', old.id; end $$;
    create trigger decisions_refuse_update before update on decisions for each row execute function decisions_refuse_update();

    create table allocation_cursors (
      brand_id uuid primary key references brands (id),
      last_assigned_id uuid
    );

    create table staff_unavailability (
      brand_id uuid not null references brands (id),
      staff_id uuid not null references staff_users (id) on delete cascade,
      date date not null,
      primary key (brand_id, staff_id, date)
    );
    create index staff_unavailability_date_idx on staff_unavailability (brand_id, date);
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, sql`
    drop table staff_unavailability;
    drop table allocation_cursors;
    drop trigger decisions_refuse_update on decisions;
    drop function decisions_refuse_update();
    drop table decisions;
    drop trigger rule_sets_freeze_document on rule_sets;
    drop function rule_sets_freeze_document();
    drop table rule_sets;
    drop table loan_applicants;
    drop index loans_brand_assignee_open_idx;
    alter table loans drop column assigned_at;
    alter table loans drop column assignee_id;
    alter table loans drop column decision_id;
    alter table loans drop constraint loans_brand_id_id_key;
  `);
}
