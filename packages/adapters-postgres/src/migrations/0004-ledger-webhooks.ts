import { type Kysely, sql } from 'kysely';

// Frozen at the time of writing: a new account or entry kind gets its own migration.
const ACCOUNTS_0004 = [
  'PRINCIPAL_RECEIVABLE', 'INTEREST_RECEIVABLE', 'FEE_RECEIVABLE', 'PENAL_RECEIVABLE', 'COLLECTIONS_CLEARING', 'DISBURSEMENT_CLEARING',
  'GST_PAYABLE', 'CUSTOMER_EXCESS', 'INTEREST_INCOME', 'FEE_INCOME', 'PENAL_INCOME', 'WRITE_OFF_EXPENSE',
];
const KINDS_0004 = ['DISBURSAL', 'INTEREST_ACCRUAL', 'REPAYMENT', 'PENAL_CHARGE', 'FEE_CHARGE', 'WAIVER', 'WRITE_OFF', 'EXCESS_HELD', 'REVERSAL'];
const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/**
 * The loan ledger (entries and their lines) and the webhook inbox. The database itself guarantees what
 * the domain promises, so that no code path (a bug, a script, a console) can break the books:
 * - every entry balances and has at least two lines, checked at commit by deferred constraint triggers
 *   (an entry and its lines are inserted by separate statements of one transaction);
 * - entries and lines are never updated, deleted or truncated: a correction is a reversing entry.
 * Each statement runs on its own: PL/pgSQL bodies hold semicolons, and PGlite takes one command at a time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table journal_entries (
      seq bigserial not null unique,
      id uuid primary key,
      brand_id uuid not null,
      loan_id uuid not null,
      business_date date not null,
      kind text not null check (kind in (${list(KINDS_0004)})),
      memo text not null,
      currency char(3) not null,
      reverses uuid references journal_entries (id),
      posted_at timestamptz not null default now()
    )`,
    sql`create index journal_entries_loan_idx on journal_entries (brand_id, loan_id, seq)`,
    sql`create table journal_lines (
      entry_id uuid not null references journal_entries (id),
      line_no int not null check (line_no > 0),
      account text not null check (account in (${list(ACCOUNTS_0004)})),
      side text not null check (side in ('DEBIT', 'CREDIT')),
      amount numeric(18, 2) not null check (amount > 0),
      primary key (entry_id, line_no)
    )`,
    sql`create function ledger_check_entry(entry uuid) returns void language plpgsql as $$
      declare
        line_count int;
        debits numeric;
        credits numeric;
      begin
        select count(*), coalesce(sum(amount) filter (where side = 'DEBIT'), 0), coalesce(sum(amount) filter (where side = 'CREDIT'), 0)
          into line_count, debits, credits
          from journal_lines where entry_id = entry;
        if line_count < 2 then
          raise exception 'journal entry % has % line(s); an entry needs at least two', entry, line_count using errcode = '23514';
        end if;
        if debits <> credits then
          raise exception 'journal entry % does not balance: debits % <> credits %', entry, debits, credits using errcode = '23514';
        end if;
      end
    $$`,
    sql`create function ledger_entry_inserted() returns trigger language plpgsql as $$
      begin
        perform ledger_check_entry(new.id);
        return null;
      end
    $$`,
    sql`create function ledger_line_inserted() returns trigger language plpgsql as $$
      begin
        perform ledger_check_entry(new.entry_id);
        return null;
      end
    $$`,
    sql`create constraint trigger journal_entries_balanced after insert on journal_entries
      deferrable initially deferred for each row execute function ledger_entry_inserted()`,
    sql`create constraint trigger journal_lines_balanced after insert on journal_lines
      deferrable initially deferred for each row execute function ledger_line_inserted()`,
    sql`create function ledger_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'the ledger is append-only: % on % is refused; post a reversing entry instead', tg_op, tg_table_name using errcode = '55000';
      end
    $$`,
    sql`create trigger journal_entries_append_only before update or delete on journal_entries for each row execute function ledger_refuse_change()`,
    sql`create trigger journal_lines_append_only before update or delete on journal_lines for each row execute function ledger_refuse_change()`,
    sql`create trigger journal_entries_no_truncate before truncate on journal_entries for each statement execute function ledger_refuse_change()`,
    sql`create trigger journal_lines_no_truncate before truncate on journal_lines for each statement execute function ledger_refuse_change()`,
    sql`create table webhook_inbox (
      provider text not null,
      event_id text not null,
      provider_event text not null,
      body_sha256 char(64) not null,
      received_at timestamptz not null,
      processed_at timestamptz,
      primary key (provider, event_id)
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    sql`drop table webhook_inbox`,
    sql`drop table journal_lines`,
    sql`drop table journal_entries`,
    sql`drop function ledger_refuse_change()`,
    sql`drop function ledger_line_inserted()`,
    sql`drop function ledger_entry_inserted()`,
    sql`drop function ledger_check_entry(uuid)`,
  ]) {
    await statement.execute(db);
  }
}
