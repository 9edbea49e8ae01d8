import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyConflictError } from '@los/application';
import { LOAN_STATUSES, Loan, Money, Rate } from '@los/domain';
import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type Database, MigrationError, PgUnitOfWork, createDatabase, createPgRepositories, migrateToLatest } from '../src/index.js';
import { SharedPglite, freshPostgres, skipReason } from './test-databases.js';

const pglite = new SharedPglite();
afterAll(() => pglite.close());

const engines = [
  { name: 'pglite', open: () => pglite.fresh() },
  { name: 'postgres', open: () => freshPostgres() },
] as const;

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const T0 = new Date('2026-03-01T09:00:00.000Z');

async function seedLoan(database: Database): Promise<Loan> {
  const r = createPgRepositories(database.db);
  await r.brands.add({ id: id(1), code: 'ACME', name: 'Acme', createdAt: T0 });
  const product = {
    id: id(2), brandId: id(1), code: 'PAYDAY', name: 'Payday', currency: 'INR', minAmount: Money.of('1000'), maxAmount: Money.of('50000'),
    tenureUnit: 'DAY' as const, allowedTenures: [30], annualRate: Rate.percent('24'), processingFee: { kind: 'FLAT' as const, amount: Money.of('100') }, active: true,
  };
  await r.brands.addProduct(product);
  await r.customers.addOrGet({ id: id(3), brandId: id(1), phone: '+919812345678', createdAt: T0 });
  const loan = Loan.rehydrate({
    id: id(4), brandId: id(1), customerId: id(3), productId: id(2), amount: Money.of('20000.00'), tenure: 30, status: 'APPLIED',
    rejectionReasons: [], appliedAt: T0, updatedAt: T0, version: 0,
  });
  await r.loans.add(loan);
  return loan;
}

for (const engine of engines) {
  const reason = skipReason(engine.name);
  describe.skipIf(reason !== undefined)(`database on ${engine.name}${reason ? ` (skipped: ${reason})` : ''}`, () => {
    const opened: Database[] = [];
    const open = async () => {
      const database = await engine.open();
      opened.push(database);
      return database;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((d) => d.close()));
    });

    it('returns numeric, int8 and date (and their arrays) as strings, and timestamptz as Date', async () => {
      const { db } = await open();
      const { rows } = await sql<Record<string, unknown>>`
        select 12345678901234.56::numeric(18, 2) as n, 9007199254740993::int8 as big, '2024-02-29'::date as d,
               array[1.10, 2.25]::numeric[] as ns, array['2024-01-31']::date[] as ds, ${T0}::timestamptz as ts`.execute(db);
      expect(rows[0]).toEqual({ n: '12345678901234.56', big: '9007199254740993', d: '2024-02-29', ns: ['1.10', '2.25'], ds: ['2024-01-31'], ts: T0 });
    });

    it('is already migrated, and migrating again applies nothing', async () => {
      const { db } = await open();
      expect(await migrateToLatest(db)).toEqual({ applied: [] });
    });

    it('accepts every loan status the domain knows and refuses any other', async () => {
      const database = await open();
      await seedLoan(database);
      for (const status of LOAN_STATUSES) {
        await database.db.updateTable('loans').set({ status }).where('id', '=', id(4)).execute();
      }
      await expect(database.db.updateTable('loans').set({ status: 'LOST' }).where('id', '=', id(4)).execute()).rejects.toThrow();
    });

    it('answers null for ids that cannot be UUIDs instead of failing', async () => {
      const database = await open();
      const r = createPgRepositories(database.db);
      expect(await r.loans.findById('acme', 'not-a-uuid')).toBeNull();
      expect(await r.brands.findById('42')).toBeNull();
      expect(await r.customers.findById(id(1), 'x')).toBeNull();
      expect((await r.loans.listByBrand('acme', { limit: 5, offset: 0 })).total).toBe(0);
    });

    it('lets exactly one of two concurrent saves of the same loan version win', async () => {
      const database = await open();
      const loan = await seedLoan(database);
      const uow = new PgUnitOfWork(database.db);
      const contenders = ['REJECTED', 'CANCELLED'].map((status) =>
        uow.run((tx) => tx.loans.save(Loan.rehydrate({ ...loan.toSnapshot(), status: status as 'REJECTED' | 'CANCELLED' }))),
      );
      const outcomes = await Promise.allSettled(contenders);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const rejected = outcomes.find((o) => o.status === 'rejected');
      expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(ConcurrencyConflictError);
      expect((await createPgRepositories(database.db).loans.findById(id(1), id(4)))?.version).toBe(1);
    });

    it('reports healthy while open and unhealthy once closed', async () => {
      const database = engine.name === 'pglite' ? await createDatabase({ kind: 'pglite' }) : await open();
      expect(await database.healthy()).toBe(true);
      await database.close();
      expect(await database.healthy()).toBe(false);
    });
  });
}

describe('PGlite specifics', () => {
  it('keeps a transaction to itself: a query from outside waits for the commit', async () => {
    const { db } = await pglite.fresh();
    const order: string[] = [];
    const tx = db.transaction().execute(async (trx) => {
      await trx.insertInto('brands').values({ id: id(9), code: 'TX', name: 'In transaction', created_at: T0 }).execute();
      order.push('inserted');
      await new Promise((resolve) => setTimeout(resolve, 50));
      order.push('committing');
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const outside = db.selectFrom('brands').select('code').execute().then((rows) => order.push(`read ${rows.length}`));
    await Promise.all([tx, outside]);
    expect(order).toEqual(['inserted', 'committing', 'read 1']);
  });

  it('reports unhealthy rather than hanging while a transaction holds the connection', async () => {
    const database = await pglite.fresh();
    let finish!: () => void;
    const held = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const tx = database.db.transaction().execute(async () => held);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await database.healthy()).toBe(false);
    finish();
    await tx;
    expect(await database.healthy()).toBe(true);
  });

  it('stays usable after a transaction rolls back', async () => {
    const { db } = await pglite.fresh();
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('brands').values({ id: id(9), code: 'GONE', name: 'Rolled back', created_at: T0 }).execute();
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.selectFrom('brands').selectAll().execute()).toEqual([]);
  });

  it('keeps its data in a folder across close and reopen', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'los-pglite-'));
    try {
      const first = await createDatabase({ kind: 'pglite', dataDir });
      expect((await migrateToLatest(first.db)).applied[0]).toBe('0001-initial');
      await createPgRepositories(first.db).brands.add({ id: id(1), code: 'KEEP', name: 'Kept', createdAt: T0 });
      await first.close();
      const second = await createDatabase({ kind: 'pglite', dataDir });
      expect(await migrateToLatest(second.db)).toEqual({ applied: [] });
      expect((await createPgRepositories(second.db).brands.findByCode('KEEP'))?.createdAt).toEqual(T0);
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('names the failed migration and keeps the database error as the cause', async () => {
    const database = await createDatabase({ kind: 'pglite' });
    try {
      await sql`create table brands (id int)`.execute(database.db);
      const error = await migrateToLatest(database.db).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationError);
      expect(error).toMatchObject({ migration: '0001-initial' });
      expect((error as MigrationError).cause).toBeInstanceOf(Error);
      expect(await database.db.selectFrom('loans').selectAll().execute().catch(() => 'no loans table')).toBe('no loans table');
    } finally {
      await database.close();
    }
  });
});
