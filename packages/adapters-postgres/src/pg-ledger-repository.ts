import { DuplicateJournalEntryError, type LedgerRepository } from '@los/application';
import { type AccountCode, type EntryKind, JournalEntry, type LoanBalances, Money, localDate, loanBalances } from '@los/domain';
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';

/**
 * The ledger in `journal_entries` and `journal_lines`. Appends run in one transaction (the caller's, when
 * the Kysely instance is one); the database refuses an unbalanced entry at commit and any update or
 * delete, whatever code path tries. Stored rows are rebuilt through `JournalEntry.create`, so an entry that
 * no longer satisfies the domain's rules fails loudly on read instead of skewing balances.
 */
export class PgLedgerRepository implements LedgerRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async append(entries: readonly JournalEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const work = async (trx: Kysely<DatabaseSchema>) => {
      const inserted = await trx
        .insertInto('journal_entries')
        .values(
          entries.map((e) => ({
            id: e.id,
            brand_id: e.brandId,
            loan_id: e.loanId,
            business_date: e.businessDate,
            kind: e.kind,
            memo: e.memo,
            currency: e.currency,
            reverses: e.reverses ?? null,
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute();
      const fresh = new Set(inserted.map((r) => r.id));
      // Ids compare lower-cased: uuid columns read back in canonical form.
      const taken = entries.find((e) => !fresh.has(e.id.toLowerCase()));
      if (taken) throw new DuplicateJournalEntryError(taken.id);
      await trx
        .insertInto('journal_lines')
        .values(entries.flatMap((e) => e.lines.map((l, i) => ({ entry_id: e.id, line_no: i + 1, account: l.account, side: l.side, amount: l.amount.toFixed() }))))
        .execute();
    };
    if (this.db.isTransaction) await work(this.db);
    else await this.db.transaction().execute((trx: Transaction<DatabaseSchema>) => work(trx));
  }

  async entriesOfLoan(brandId: string, loanId: string): Promise<readonly JournalEntry[]> {
    const rows = await this.db
      .selectFrom('journal_entries')
      .select(['id', 'brand_id', 'loan_id', 'business_date', 'kind', 'memo', 'currency', 'reverses'])
      .where('brand_id', '=', brandId)
      .where('loan_id', '=', loanId)
      .orderBy('seq')
      .execute();
    if (rows.length === 0) return [];
    const lines = await this.db
      .selectFrom('journal_lines')
      .select(['entry_id', 'account', 'side', 'amount'])
      .where('entry_id', 'in', rows.map((r) => r.id))
      .orderBy('entry_id')
      .orderBy('line_no')
      .execute();
    const linesOf = new Map<string, typeof lines>();
    for (const l of lines) linesOf.set(l.entry_id, [...(linesOf.get(l.entry_id) ?? []), l]);
    return rows.map((r) =>
      JournalEntry.create({
        id: r.id,
        brandId: r.brand_id,
        loanId: r.loan_id,
        businessDate: localDate(r.business_date),
        kind: r.kind as EntryKind,
        memo: r.memo,
        ...(r.reverses ? { reverses: r.reverses } : {}),
        lines: (linesOf.get(r.id) ?? []).map((l) => ({ account: l.account as AccountCode, side: l.side, amount: Money.of(l.amount, r.currency) })),
      }),
    );
  }

  async balancesOfLoan(brandId: string, loanId: string, currency = 'INR'): Promise<LoanBalances> {
    return loanBalances(loanId, await this.entriesOfLoan(brandId, loanId), currency);
  }
}
