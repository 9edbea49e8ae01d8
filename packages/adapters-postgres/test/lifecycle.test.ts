import { randomUUID } from 'node:crypto';
import { ConcurrencyConflictError } from '@los/application';
import { describeLoanLifecycleContract, describeLoanServicingContract } from '@los/application/testing';
import { Loan, type LoanProduct, Money, Rate } from '@los/domain';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDatabase, migrateToLatest } from '../src/index.js';
import { PgLifecycleUnitOfWork } from '../src/index.js';
import { freshPostgres, skipReason } from './test-databases.js';

for (const engine of ['pglite', 'postgres'] as const) {
  const skip = skipReason(engine);
  const create = async () => {
    const database = engine === 'pglite' ? await createDatabase({ kind: 'pglite' }) : await freshPostgres();
    if (engine === 'pglite') await migrateToLatest(database.db);
    return { unitOfWork: new PgLifecycleUnitOfWork(database.db), close: () => database.close() };
  };
  describeLoanLifecycleContract({ name: engine, ...(skip === undefined ? {} : { skip }), create });
  describeLoanServicingContract({ name: engine, ...(skip === undefined ? {} : { skip }), create });
}

for (const engine of ['pglite', 'postgres'] as const) {
  describe.skipIf(skipReason(engine) !== undefined)(`the audit log on ${engine}`, () => {
    it('refuses to update, delete or truncate a row once written', async () => {
      const database = engine === 'pglite' ? await createDatabase({ kind: 'pglite' }) : await freshPostgres();
      try {
        if (engine === 'pglite') await migrateToLatest(database.db);
        const unitOfWork = new PgLifecycleUnitOfWork(database.db);
        const brandId = randomUUID();
        const id = randomUUID();
        const at = new Date('2026-11-23T10:00:00Z');
        const entry = { id, brandId, entityType: 'loan', entityId: randomUUID(), action: 'loan.sanctioned', actorId: 'u1', before: { status: 'CREDIT_APPROVED', version: 3 }, after: { status: 'SANCTIONED', version: 4 }, at };
        await unitOfWork.run((repos) => repos.lifecycle.appendAudit([entry]));
        const db = database.db;
        await expect(sql`update audit_log set action = 'loan.rejected' where id = ${id}`.execute(db)).rejects.toThrow(/append-only/);
        await expect(sql`delete from audit_log where id = ${id}`.execute(db)).rejects.toThrow(/append-only/);
        await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);
        expect(await unitOfWork.run((repos) => repos.lifecycle.auditTrail(brandId, { limit: 10, offset: 0 }))).toEqual([entry]);
      } finally {
        await database.close();
      }
    }, 30_000);
  });
}

describe.skipIf(skipReason('postgres') !== undefined)('two staff sanctioning at once on PostgreSQL', () => {
  it('commits one sanction; the other throws ConcurrencyConflictError and leaves no timeline row of its own', async () => {
    const database = await freshPostgres();
    try {
      const unitOfWork = new PgLifecycleUnitOfWork(database.db);
      const at = new Date('2026-11-23T10:00:00Z');
      const brandId = randomUUID();
      const customerId = randomUUID();
      const product: LoanProduct = {
        id: randomUUID(), brandId, code: 'pl', name: 'Personal loan', currency: 'INR', minAmount: Money.of('10000'), maxAmount: Money.of('500000'),
        tenureUnit: 'MONTH', allowedTenures: [12], annualRate: Rate.percent('18'), processingFee: { kind: 'FLAT', amount: Money.of('500') }, active: true,
      };
      const loanId = randomUUID();
      await unitOfWork.run(async (repos) => {
        await repos.brands.add({ id: brandId, code: 'race', name: 'Race', createdAt: at });
        await repos.brands.addProduct(product);
        await repos.customers.addOrGet({ id: customerId, brandId, phone: '+919800000009', createdAt: at });
        const applied = Loan.apply({ id: loanId, brandId, customerId, product, amount: Money.of('50000'), tenure: 12, at });
        if (!applied.ok) throw new Error('loan does not fit');
        const loan = applied.value;
        loan.screen(product, at);
        loan.saveAppraisal({ version: 1 }, { userId: 'credit', roles: ['CREDIT_EXECUTIVE'] }, at);
        loan.recommend({ userId: 'credit', roles: ['CREDIT_EXECUTIVE'] }, at);
        await repos.loans.add(loan);
      });
      const limits = [{ role: 'SANCTION_MANAGER' }, { role: 'SANCTION_HEAD' }];
      let loaded = 0;
      let bothLoaded: () => void = () => undefined;
      const barrier = new Promise<void>((resolve) => (bothLoaded = resolve));
      // Both transactions read the loan before either writes: the second save finds the version moved on.
      const sanction = (userId: string, role: string) =>
        unitOfWork.run(async (repos) => {
          const loan = await repos.loans.findById(brandId, loanId);
          if (!loan) throw new Error('loan not found');
          if (++loaded === 2) bothLoaded();
          await barrier;
          loan.sanction({ userId, roles: [role] }, limits, at);
          const events = loan.pullEvents();
          await repos.loans.save(loan);
          await repos.lifecycle.appendTimeline(events.map((e) => ({ id: randomUUID(), brandId, loanId, type: e.type, status: loan.status, actorId: userId, at, details: e.payload })));
          return userId;
        });
      const results = await Promise.allSettled([sanction('manager', 'SANCTION_MANAGER'), sanction('head', 'SANCTION_HEAD')]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const failed = results.find((r) => r.status === 'rejected');
      expect(failed?.status === 'rejected' && failed.reason).toBeInstanceOf(ConcurrencyConflictError);
      const winner = results.find((r) => r.status === 'fulfilled');
      const timeline = await unitOfWork.run((repos) => repos.lifecycle.timeline(brandId, loanId));
      expect(timeline.map((e) => [e.type, e.actorId])).toEqual([['loan.sanctioned', winner?.status === 'fulfilled' ? winner.value : '']]);
      const stored = await unitOfWork.run((repos) => repos.loans.findById(brandId, loanId));
      expect(stored?.toSnapshot()).toMatchObject({ status: 'SANCTIONED', version: 1 });
    } finally {
      await database.close();
    }
  }, 30_000);
});
