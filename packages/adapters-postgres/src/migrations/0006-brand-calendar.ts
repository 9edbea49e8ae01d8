import { type Kysely, sql } from 'kysely';

/** The brand's closed days: allocation places no new loan on them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table brand_closed_dates (
      brand_id uuid not null references brands (id),
      date date not null,
      reason text not null check (length(reason) between 1 and 200),
      primary key (brand_id, date)
    )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table brand_closed_dates`.execute(db);
}
