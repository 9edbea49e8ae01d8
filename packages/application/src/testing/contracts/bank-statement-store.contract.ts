import { Money, type StatementTransaction, localDate } from '@los/domain';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalysedStatement } from '../../ports/bank-statement-provider.js';
import type { BankStatementStore, BankStatementSubmission } from '../../ports/bank-statement-store.js';

/** A customer of a brand that exists in the store under test. */
export interface StoreCustomer {
  readonly brandId: string;
  readonly customerId: string;
}

/**
 * How a BankStatementStore joins the contract run: `create` gives an empty store and three customers that
 * exist in it, the first two of one brand, the third of another.
 * @example describeBankStatementStoreContract({ name: 'in-memory', create: async () => ({ store: new InMemoryBankStatementStore(), customers, close: async () => undefined }) })
 */
export interface BankStatementStoreContractOptions {
  readonly name: string;
  readonly create: () => Promise<{ readonly store: BankStatementStore; readonly customers: readonly [StoreCustomer, StoreCustomer, StoreCustomer]; close(): Promise<void> }>;
  readonly skip?: string | undefined;
}

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 9, minute, 0));
const line = (valueDate: string, direction: 'CREDIT' | 'DEBIT', amount: string, balanceAfter: string, category: StatementTransaction['category'], narration: string): StatementTransaction => ({
  valueDate: localDate(valueDate), direction, amount: Money.of(amount), balanceAfter: Money.of(balanceAfter), narration, category,
});
const analysis: AnalysedStatement = {
  accountHolderName: 'PRIYA RAMAN',
  maskedAccountNumber: 'XXXXXXXX1234',
  statement: {
    period: { from: localDate('2026-03-01'), to: localDate('2026-05-31') },
    transactions: [
      line('2026-03-01', 'CREDIT', '52000.00', '61234.56', 'SALARY', 'NEFT-ACME TECH SALARY MAR'),
      // Two lines on one day keep their order; money keeps every paisa.
      line('2026-03-05', 'DEBIT', '0.01', '61234.55', 'OTHER', 'SMS CHARGES'),
      line('2026-03-05', 'DEBIT', '590.00', '60644.55', 'BOUNCE', 'ACH RTN CHRG ‘INSUFF FUNDS’'),
      line('2026-04-30', 'DEBIT', '99999999.99', '-99939355.44', 'OTHER', 'A VERY LARGE DEBIT'),
    ],
  },
};

/**
 * The behaviour every bank statement store shares: one live submission per customer and file, settled once
 * (complete or fail, never both, never twice), the analysis kept exactly (every paisa, every line in order),
 * a customer's submissions visible to that customer of that brand only, and the pending ones paged oldest first.
 */
export function describeBankStatementStoreContract(options: BankStatementStoreContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`BankStatementStore contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const closers: (() => Promise<void>)[] = [];
    async function setUp() {
      const created = await options.create();
      closers.push(() => created.close());
      const [a1, a2, b1] = created.customers;
      const submission = (n: number, who: StoreCustomer = a1, file = `sha-${n}`): BankStatementSubmission => ({
        id: id(n), ...who, provider: 'sandbox-bank-statements', providerReference: `ref-${n}`, fileSha256: file, status: 'PENDING', submittedAt: at(n), settledAt: null, failureReason: null, analysis: null,
      });
      return { store: created.store, a1, a2, b1, submission };
    }
    afterEach(async () => {
      for (const close of closers.splice(0)) await close();
    });

    it('records a pending submission and shows it to its customer only', async () => {
      const { store, a1, a2, b1, submission } = await setUp();
      expect(await store.record(submission(1))).toBe('recorded');
      expect(await store.listForCustomer(a1.brandId, a1.customerId, { limit: 10, offset: 0 })).toEqual([submission(1)]);
      expect(await store.listForCustomer(a2.brandId, a2.customerId, { limit: 10, offset: 0 })).toEqual([]);
      // The customer id under another brand is nobody.
      expect(await store.listForCustomer(b1.brandId, a1.customerId, { limit: 10, offset: 0 })).toEqual([]);
      expect(await store.findByFile(a1.brandId, a1.customerId, 'sha-1')).toEqual(submission(1));
      expect(await store.findByFile(a2.brandId, a2.customerId, 'sha-1')).toBeNull();
    });

    it('takes one live submission per customer and file; a failed one may be shared again', async () => {
      const { store, a2, submission } = await setUp();
      await store.record(submission(1, undefined, 'same'));
      expect(await store.record(submission(2, undefined, 'same'))).toBe('duplicate');
      expect(await store.record(submission(3, a2, 'same'))).toBe('recorded');
      await store.complete(id(1), analysis, at(10));
      expect(await store.record(submission(4, undefined, 'same'))).toBe('duplicate');
      await store.fail(id(3), 'UNREADABLE', at(11));
      expect(await store.record(submission(5, a2, 'same'))).toBe('recorded');
      expect((await store.findByFile(a2.brandId, a2.customerId, 'same'))?.id).toBe(id(5));
    });

    it('records one of two submissions of a file made at once, and settles a submission once when two try at once', async () => {
      const { store, submission } = await setUp();
      const outcomes = await Promise.all([store.record(submission(1, undefined, 'race')), store.record(submission(2, undefined, 'race'))]);
      expect(outcomes.sort()).toEqual(['duplicate', 'recorded']);
      const live = await store.findByFile(submission(1).brandId, submission(1).customerId, 'race');
      const settled = await Promise.all([store.complete(live?.id ?? '', analysis, at(60)), store.fail(live?.id ?? '', 'late', at(61))]);
      expect(settled.filter((o) => o !== 'unchanged')).toHaveLength(1);
    });

    it('keeps a completed analysis exactly, and settles a submission once', async () => {
      const { store, a1, submission } = await setUp();
      await store.record(submission(1));
      expect(await store.complete(id(1), analysis, at(30))).toBe('completed');
      expect(await store.complete(id(1), { ...analysis, accountHolderName: 'SOMEONE ELSE' }, at(31))).toBe('unchanged');
      expect(await store.fail(id(1), 'too late', at(32))).toBe('unchanged');
      const [stored] = await store.listForCustomer(a1.brandId, a1.customerId, { limit: 1, offset: 0 });
      expect(stored).toMatchObject({ status: 'COMPLETED', settledAt: at(30), failureReason: null });
      expect(stored?.analysis?.accountHolderName).toBe('PRIYA RAMAN');
      expect(stored?.analysis?.maskedAccountNumber).toBe('XXXXXXXX1234');
      expect(stored?.analysis?.statement.period).toEqual(analysis.statement.period);
      const lines = stored?.analysis?.statement.transactions.map((t) => [t.valueDate, t.direction, t.amount.toFixed(), t.balanceAfter.toFixed(), t.category, t.narration]);
      expect(lines).toEqual(analysis.statement.transactions.map((t) => [t.valueDate, t.direction, t.amount.toFixed(), t.balanceAfter.toFixed(), t.category, t.narration]));
      expect(await store.complete(id(99), analysis, at(33))).toBe('unchanged');
    });

    it('fails a pending submission once, with its reason', async () => {
      const { store, a1, submission } = await setUp();
      await store.record(submission(1));
      expect(await store.fail(id(1), 'PASSWORD_INCORRECT', at(20))).toBe('failed');
      expect(await store.complete(id(1), analysis, at(21))).toBe('unchanged');
      expect(await store.listForCustomer(a1.brandId, a1.customerId, { limit: 1, offset: 0 })).toEqual([{ ...submission(1), status: 'FAILED', failureReason: 'PASSWORD_INCORRECT', settledAt: at(20) }]);
    });

    it("answers the customer's most recently submitted completed analysis, in the brand only", async () => {
      const { store, a1, a2, b1, submission } = await setUp();
      expect(await store.latestCompleted(a1.brandId, a1.customerId)).toBeNull();
      for (const n of [1, 2, 3, 4]) await store.record(submission(n));
      await store.record(submission(5, b1));
      await store.complete(id(2), analysis, at(40));
      await store.complete(id(1), analysis, at(41));
      await store.fail(id(3), 'UNREADABLE', at(42));
      await store.complete(id(5), analysis, at(43));
      // Submission 4 is newer but pending, 3 newer but failed: 2 is the latest completed, whenever 1 completed.
      expect((await store.latestCompleted(a1.brandId, a1.customerId))?.id).toBe(id(2));
      expect(await store.latestCompleted(a2.brandId, a2.customerId)).toBeNull();
      expect((await store.latestCompleted(b1.brandId, b1.customerId))?.id).toBe(id(5));
      expect(await store.latestCompleted(b1.brandId, a1.customerId)).toBeNull();
    });

    it('lists newest first a page at a time, and the pending ones of every brand oldest first', async () => {
      const { store, a1, b1, submission } = await setUp();
      for (const n of [3, 1, 2]) await store.record(submission(n));
      await store.record(submission(4, b1));
      await store.complete(id(2), analysis, at(50));
      expect((await store.listForCustomer(a1.brandId, a1.customerId, { limit: 2, offset: 0 })).map((s) => s.id)).toEqual([id(3), id(2)]);
      expect((await store.listForCustomer(a1.brandId, a1.customerId, { limit: 2, offset: 2 })).map((s) => s.id)).toEqual([id(1)]);
      const first = await store.listPending(2);
      expect(first).toEqual([
        { id: id(1), brandId: a1.brandId, provider: 'sandbox-bank-statements', providerReference: 'ref-1', submittedAt: at(1) },
        { id: id(3), brandId: a1.brandId, provider: 'sandbox-bank-statements', providerReference: 'ref-3', submittedAt: at(3) },
      ]);
      expect((await store.listPending(2, first[1])).map((p) => p.id)).toEqual([id(4)]);
    });
  });
}
