import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

/**
 * The loan's life after review: the loan's latest CAM version, recommender, sanction and agreement; every CAM
 * version; staff comments; the timeline (one row per transition, written with it); and each brand's sanction
 * limits by role and rejection reasons.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      alter table loans
        add column cam_version int check (cam_version > 0),
        add column recommended_by text,
        add column sanctioned_by text,
        add column sanctioned_at timestamptz,
        add column agreement jsonb;
      create table loan_cam_versions (
        brand_id uuid not null references brands (id),
        loan_id uuid not null references loans (id),
        version int not null check (version > 0),
        salary_credits jsonb not null,
        obligations jsonb not null,
        appraisal jsonb not null,
        created_by text not null,
        created_at timestamptz not null,
        primary key (loan_id, version)
      );
      create table loan_comments (
        seq bigserial not null unique,
        id uuid primary key,
        brand_id uuid not null references brands (id),
        loan_id uuid not null references loans (id),
        author_id text not null,
        body text not null check (length(body) between 1 and 4000),
        created_at timestamptz not null
      );
      create index loan_comments_loan_idx on loan_comments (brand_id, loan_id, seq);
      create table loan_timeline (
        seq bigserial not null unique,
        id uuid primary key,
        brand_id uuid not null references brands (id),
        loan_id uuid not null references loans (id),
        type text not null,
        status text not null,
        actor_id text,
        at timestamptz not null,
        details jsonb not null
      );
      create index loan_timeline_loan_idx on loan_timeline (brand_id, loan_id, seq);
      create table sanction_limits (
        brand_id uuid not null references brands (id),
        role text not null,
        max_amount numeric(18, 2) check (max_amount > 0),
        currency char(3),
        primary key (brand_id, role)
      );
      create table rejection_reasons (
        brand_id uuid not null references brands (id),
        code text not null check (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        label text not null check (length(label) between 1 and 200),
        primary key (brand_id, code)
      );
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      drop table rejection_reasons;
      drop table sanction_limits;
      drop table loan_timeline;
      drop table loan_comments;
      drop table loan_cam_versions;
      alter table loans drop column cam_version, drop column recommended_by, drop column sanctioned_by, drop column sanctioned_at, drop column agreement;
    `,
  );
}
