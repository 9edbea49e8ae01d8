import { describeDecisioningContract } from '@los/application/testing';
import { Loan, Money, Rate, localDate } from '@los/domain';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, PgOutboxStore, PgUnitOfWork, createPgRepositories } from '../src/index.js';
import { SharedPglite, freshPostgres, skipReason } from './test-databases.js';

function fixtureOf(database: Database) {
  return {
    repositories: createPgRepositories(database.db),
    unitOfWork: new PgUnitOfWork(database.db),
    outboxStore: new PgOutboxStore(database.db),
    close: () => database.close(),
  };
}

const pglite = new SharedPglite();
afterAll(() => pglite.close());

const pgliteSkip = skipReason('pglite');
describeDecisioningContract({
  name: 'PGlite (in memory)',
  create: async () => fixtureOf(await pglite.fresh()),
  ...(pgliteSkip ? { skip: pgliteSkip } : {}),
});

const postgresSkip = skipReason('postgres');
describeDecisioningContract({
  name: 'PostgreSQL',
  create: async () => fixtureOf(await freshPostgres()),
  ...(postgresSkip ? { skip: postgresSkip } : {}),
});

describe.skipIf(pgliteSkip !== undefined)('decisioning tables refuse changes to what decided a loan (PGlite)', () => {
  it('refuses to update a decision or a stored rule set document, but lets the status move', async () => {
    const { db } = await pglite.fresh();
    const brandId = '00000000-0000-4000-8000-0000000000a1';
    await db.insertInto('brands').values({ id: brandId, code: 'ACME', name: 'Acme', created_at: new Date() }).execute();
    await db
      .insertInto('rule_sets')
      .values({ brand_id: brandId, rule_set_id: 'rs', version: 1, fingerprint: 'f', status: 'draft', product_code: null, checked_on: null, document: '{"a":1}', scorecard: null, created_at: new Date(), created_by: 'x' })
      .execute();
    await expect(sql`update rule_sets set document = '{"a":2}'`.execute(db)).rejects.toThrow(/never changes/);
    await sql`update rule_sets set status = 'checked'`.execute(db);
    expect((await db.selectFrom('rule_sets').select(['status', 'document']).executeTakeFirstOrThrow())).toEqual({ status: 'checked', document: { a: 1 } });
    const customerId = '00000000-0000-4000-8000-0000000000c1';
    const productId = '00000000-0000-4000-8000-0000000000d1';
    const loanId = '00000000-0000-4000-8000-0000000000e1';
    const r = createPgRepositories(db);
    await r.brands.addProduct({ id: productId, brandId, code: 'sa', name: 'SA', currency: 'INR', minAmount: Money.of('1000'), maxAmount: Money.of('50000'), tenureUnit: 'DAY', allowedTenures: [30], annualRate: Rate.percent('30'), processingFee: { kind: 'FLAT', amount: Money.of('10') }, active: true });
    await r.customers.addOrGet({ id: customerId, brandId, phone: '+919812345678', createdAt: new Date() });
    await r.loans.add(Loan.rehydrate({ id: loanId, brandId, customerId, productId, amount: Money.of('20000'), tenure: 30, status: 'APPLIED', rejectionReasons: [], appliedAt: new Date(), updatedAt: new Date(), version: 0 }));
    await r.decisions.add({ id: '00000000-0000-4000-8000-0000000000f1', brandId, loanId, ruleSet: { id: 'rs', version: 1, fingerprint: 'f' }, outcome: 'declined', reasons: [], evaluation: null, loanStatus: 'REJECTED', explanation: [], facts: {}, asOf: localDate('2026-06-15'), decidedAt: new Date() });
    await expect(sql`update decisions set outcome = 'approved'`.execute(db)).rejects.toThrow(/never changed/);
    expect((await r.decisions.findLatestForLoan(brandId, loanId))?.outcome).toBe('declined');
  });
});
