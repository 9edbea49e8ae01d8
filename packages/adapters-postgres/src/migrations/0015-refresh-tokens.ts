import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

/**
 * Refresh tokens, by the SHA-256 of their secret (never the secret). No foreign keys to staff or customers:
 * a refresh reads its subject afresh and refuses one that is gone, and a token outlives nothing it names.
 * The checks keep the row honest: a customer's token names its brand, a used token names its successor,
 * and a bare 43-character secret can never be stored as its own hash by mistake.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      create table refresh_tokens (
        id uuid primary key,
        family_id uuid not null,
        token_hash text not null unique check (token_hash !~ '^[A-Za-z0-9_-]{43}$'),
        subject_kind text not null check (subject_kind in ('customer', 'staff')),
        subject_id uuid not null,
        brand_id uuid,
        issued_at timestamptz not null,
        expires_at timestamptz not null,
        used_at timestamptz,
        replaced_by uuid,
        revoked_at timestamptz,
        check ((subject_kind = 'customer') = (brand_id is not null)),
        check ((used_at is null) = (replaced_by is null)),
        check (expires_at > issued_at)
      );
      create index refresh_tokens_family_idx on refresh_tokens (family_id);
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      drop table refresh_tokens;
    `,
  );
}
