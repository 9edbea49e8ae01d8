import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.js';

/**
 * Each brand's provider registry: per capability, its providers in order (`position` from 0), each active or
 * not. A provider appears once per brand and capability; an order is replaced whole.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    sql`
      create table brand_providers (
        brand_id uuid not null references brands (id),
        capability text not null check (capability in ('PAYMENT_LINKS')),
        position int not null check (position >= 0),
        provider text not null check (length(provider) between 1 and 64),
        active boolean not null,
        primary key (brand_id, capability, position),
        unique (brand_id, capability, provider)
      );
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table brand_providers`.execute(db);
}
