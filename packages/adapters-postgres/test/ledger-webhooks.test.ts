import { describeLedgerRepositoryContract, describeWebhookInboxContract } from '@los/application/testing';
import { JournalEntry, Money, localDate } from '@los/domain';
import { type Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, type DatabaseSchema, PgLedgerRepository, PgWebhookInbox, createDatabase, migrateToLatest } from '../src/index.js';
import { freshPostgres, skipReason } from './test-databases.js';

/**
 * One migrated PGlite for the file: the ledger cannot be emptied (the database refuses deletes), so every
 * test posts under ids of its own.
 */
let shared: Promise<Database> | undefined;
const pglite = () =>
  (shared ??= createDatabase({ kind: 'pglite' }).then(async (d) => {
    await migrateToLatest(d.db);
    return d;
  }));
afterAll(async () => (await shared)?.close());

const engines = [
  { name: 'PGlite (in memory)', skip: skipReason('pglite'), open: async () => ({ database: await pglite(), close: async () => undefined }) },
  {
    name: 'PostgreSQL',
    skip: skipReason('postgres'),
    open: async () => {
      const database = await freshPostgres();
      return { database, close: () => database.close() };
    },
  },
];

const uuid = () => globalThis.crypto.randomUUID();

for (const engine of engines) {
  const skip = engine.skip ? { skip: engine.skip } : {};
  describeLedgerRepositoryContract({
    name: `PgLedgerRepository on ${engine.name}`,
    create: async () => {
      const { database, close } = await engine.open();
      return { ledger: new PgLedgerRepository(database.db), close };
    },
    ...skip,
  });
  describeWebhookInboxContract({
    name: `PgWebhookInbox on ${engine.name}`,
    create: async () => {
      const { database, close } = await engine.open();
      const outboxIds = async () => (await database.db.selectFrom('outbox').select('id').execute()).map((r) => r.id);
      return { inbox: new PgWebhookInbox(database.db), outboxIds, close };
    },
    ...skip,
  });

  (engine.skip ? describe.skip : describe)(`ledger guarantees held by the database: ${engine.name}`, () => {
    const withDb = async (work: (db: Kysely<DatabaseSchema>) => Promise<void>) => {
      const { database, close } = await engine.open();
      try {
        await work(database.db);
      } finally {
        await close();
      }
    };
    const insertEntry = (db: Kysely<DatabaseSchema>, id: string) =>
      sql`insert into journal_entries (id, brand_id, loan_id, business_date, kind, memo, currency) values (${id}, ${uuid()}, ${uuid()}, '2026-01-05', 'REPAYMENT', 'raw', 'INR')`.execute(db);
    const insertLine = (db: Kysely<DatabaseSchema>, id: string, no: number, account: string, side: string, amount: string) =>
      sql`insert into journal_lines (entry_id, line_no, account, side, amount) values (${id}, ${no}, ${account}, ${side}, ${amount}::numeric)`.execute(db);
    const countOf = async (db: Kysely<DatabaseSchema>, id: string) =>
      Number((await sql<{ n: string }>`select count(*) as n from journal_entries where id = ${id}`.execute(db)).rows[0]?.n);

    it('refuses at commit an unbalanced entry written by raw SQL, bypassing the domain', () =>
      withDb(async (db) => {
        const id = uuid();
        const attempt = db.transaction().execute(async (trx) => {
          await insertEntry(trx, id);
          await insertLine(trx, id, 1, 'COLLECTIONS_CLEARING', 'DEBIT', '1000.00');
          await insertLine(trx, id, 2, 'PRINCIPAL_RECEIVABLE', 'CREDIT', '999.99');
        });
        await expect(attempt).rejects.toThrow(/does not balance/);
        expect(await countOf(db, id)).toBe(0);
      }));

    it('refuses an entry with a single line or none, and accepts the balanced one', () =>
      withDb(async (db) => {
        const lonely = uuid();
        await expect(insertEntry(db, lonely)).rejects.toThrow(/at least two/);
        const one = uuid();
        const single = db.transaction().execute(async (trx) => {
          await insertEntry(trx, one);
          await insertLine(trx, one, 1, 'COLLECTIONS_CLEARING', 'DEBIT', '10.00');
        });
        await expect(single).rejects.toThrow(/at least two/);
        const good = uuid();
        await db.transaction().execute(async (trx) => {
          await insertEntry(trx, good);
          await insertLine(trx, good, 1, 'COLLECTIONS_CLEARING', 'DEBIT', '10.00');
          await insertLine(trx, good, 2, 'PRINCIPAL_RECEIVABLE', 'CREDIT', '10.00');
        });
        expect(await countOf(db, good)).toBe(1);
        // A line added later that unbalances a committed entry is refused too.
        await expect(insertLine(db, good, 3, 'FEE_INCOME', 'CREDIT', '1.00')).rejects.toThrow(/does not balance/);
      }));

    it('refuses updates, deletes and truncation of entries and lines', () =>
      withDb(async (db) => {
        const brand = uuid();
        const loan = uuid();
        const entry = JournalEntry.create({
          id: uuid(), brandId: brand, loanId: loan, businessDate: localDate('2026-01-05'), kind: 'INTEREST_ACCRUAL', memo: 'Jan',
          lines: [
            { account: 'INTEREST_RECEIVABLE', side: 'DEBIT', amount: Money.of('986.30') },
            { account: 'INTEREST_INCOME', side: 'CREDIT', amount: Money.of('986.30') },
          ],
        });
        await new PgLedgerRepository(db).append([entry]);
        await expect(sql`update journal_lines set amount = 1 where entry_id = ${entry.id}`.execute(db)).rejects.toThrow(/append-only/);
        await expect(sql`update journal_entries set memo = 'edited' where id = ${entry.id}`.execute(db)).rejects.toThrow(/append-only/);
        await expect(sql`delete from journal_lines where entry_id = ${entry.id}`.execute(db)).rejects.toThrow(/append-only/);
        await expect(sql`delete from journal_entries where id = ${entry.id}`.execute(db)).rejects.toThrow(/append-only/);
        await expect(sql`truncate journal_lines, journal_entries`.execute(db)).rejects.toThrow(/append-only/);
        const [stored] = await new PgLedgerRepository(db).entriesOfLoan(brand, loan);
        expect(stored?.memo).toBe('Jan');
        expect(stored?.lines.map((l) => l.amount.toFixed())).toEqual(['986.30', '986.30']);
      }));

    it('posts inside a caller transaction and leaves nothing when that transaction fails', () =>
      withDb(async (db) => {
        const brand = uuid();
        const loan = uuid();
        const entry = JournalEntry.create({
          id: uuid(), brandId: brand, loanId: loan, businessDate: localDate('2026-01-05'), kind: 'FEE_CHARGE', memo: 'Bounce',
          lines: [
            { account: 'FEE_RECEIVABLE', side: 'DEBIT', amount: Money.of('590.00') },
            { account: 'FEE_INCOME', side: 'CREDIT', amount: Money.of('500.00') },
            { account: 'GST_PAYABLE', side: 'CREDIT', amount: Money.of('90.00') },
          ],
        });
        const failing = db.transaction().execute(async (trx) => {
          await new PgLedgerRepository(trx).append([entry]);
          throw new Error('the state change failed');
        });
        await expect(failing).rejects.toThrow(/state change failed/);
        expect(await new PgLedgerRepository(db).entriesOfLoan(brand, loan)).toEqual([]);
      }));
  });
}
