import { Money, localDate } from '@los/domain';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import type { AnalysedStatement, BankStatementProvider, BankStatementResult, BankStatementSubmitted, BankStatementUpload } from '../../ports/bank-statement-provider.js';
import { describeBankStatementStoreContract } from '../../testing/contracts/bank-statement-store.contract.js';
import { createInMemoryStore } from '../../testing/fakes/create-in-memory-store.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { InMemoryBankStatementStore } from '../../testing/fakes/in-memory-bank-statement-store.js';
import { SequentialIdGenerator } from '../../testing/fakes/sequential-id-generator.js';
import { ListBankStatements } from './list-bank-statements.js';
import { RefreshBankStatements } from './refresh-bank-statements.js';
import { StoredBankStatementAnalyzer } from './stored-bank-statement-analyzer.js';
import { UploadBankStatement } from './upload-bank-statement.js';

describeBankStatementStoreContract({
  name: 'in-memory',
  create: async () => ({
    store: new InMemoryBankStatementStore(),
    customers: [{ brandId: 'b1', customerId: 'c1' }, { brandId: 'b1', customerId: 'c2' }, { brandId: 'b2', customerId: 'c3' }],
    close: async () => undefined,
  }),
});

const brandId = '00000000-0000-7000-8000-0000000000b1';
const otherBrandId = '00000000-0000-7000-8000-0000000000b2';
const analysis: AnalysedStatement = {
  accountHolderName: 'ASHA RAO',
  maskedAccountNumber: 'XXXXXX5678',
  statement: {
    period: { from: localDate('2026-08-25'), to: localDate('2026-11-22') },
    transactions: [
      { valueDate: localDate('2026-10-31'), direction: 'CREDIT', amount: Money.of('60000'), balanceAfter: Money.of('60000'), narration: 'SALARY', category: 'SALARY' },
      { valueDate: localDate('2026-11-10'), direction: 'DEBIT', amount: Money.of('590'), balanceAfter: Money.of('59410'), narration: 'ACH RTN CHRG', category: 'BOUNCE' },
    ],
  },
};

/** A provider whose answers the test scripts: per upload, and per reference as fetched. */
class ScriptedProvider implements BankStatementProvider {
  readonly name = 'scripted';
  readonly uploads: BankStatementUpload[] = [];
  submitAnswer: BankStatementSubmitted | Error = { status: 'ACCEPTED', providerReference: 'ref-1' };
  readonly results = new Map<string, BankStatementResult | Error>();

  async submit(upload: BankStatementUpload): Promise<BankStatementSubmitted> {
    this.uploads.push(upload);
    if (this.submitAnswer instanceof Error) throw this.submitAnswer;
    return this.submitAnswer;
  }

  async fetchResult(reference: string): Promise<BankStatementResult> {
    const answer = this.results.get(reference) ?? { status: 'PENDING' };
    if (answer instanceof Error) throw answer;
    return answer;
  }
}

async function world() {
  const clock = new FixedClock('2026-11-23T06:00:00Z');
  const memory = createInMemoryStore({ clock });
  const repositories = memory.repositories;
  for (const id of [brandId, otherBrandId]) await repositories.brands.add({ id, code: id.slice(-2), name: id, createdAt: clock.now() });
  const customer = await repositories.customers.addOrGet({ id: 'c1', brandId, phone: '+919800000001', createdAt: clock.now() });
  const store = new InMemoryBankStatementStore();
  const provider = new ScriptedProvider();
  const deps = { customers: repositories.customers, store, provider, clock, ids: new SequentialIdGenerator(), sha256: (bytes: Uint8Array) => `sha-${bytes.join('.')}` };
  const actor: Actor = { kind: 'customer', brandId, customerId: customer.id };
  return {
    clock, store, provider, actor, repositories,
    upload: new UploadBankStatement(deps),
    list: new ListBankStatements({ repositories, store, clock, timeZone: 'Asia/Kolkata' }),
    refresh: new RefreshBankStatements({ store, providers: [provider], clock }),
    analyzer: new StoredBankStatementAnalyzer(store),
  };
}

const file = new Uint8Array([0x25, 0x50, 0x44, 0x46, 1, 2, 3]);
const facts = { brandId, customerId: 'c1', pan: 'ABCPE1234F', asOf: localDate('2026-11-23') };

describe('bank statements: upload, refresh, list and the analyzer decisions read', () => {
  it('takes a statement once, settles it by refresh, and the decision reads its figures as of its date', async () => {
    const w = await world();
    const first = await w.upload.execute({ actor: w.actor, file, password: 'secret' });
    expect(first).toMatchObject({ ok: true, value: { created: true, submission: { status: 'PENDING', provider: 'scripted', providerReference: 'ref-1' } } });
    expect(w.provider.uploads).toMatchObject([{ brandId, customerId: 'c1', password: 'secret' }]);
    // The same file again calls no one and answers the same submission.
    const again = await w.upload.execute({ actor: w.actor, file });
    expect(again.ok && again.value).toMatchObject({ created: false, submission: { id: first.ok ? first.value.submission.id : '' } });
    expect(w.provider.uploads).toHaveLength(1);
    expect(await w.analyzer.analyse(facts)).toBeNull();

    expect(await w.refresh.execute()).toEqual({ completed: 0, failed: 0, pending: 1, errors: 0 });
    w.provider.results.set('ref-1', { status: 'COMPLETED', analysis });
    expect(await w.refresh.execute()).toEqual({ completed: 1, failed: 0, pending: 0, errors: 0 });
    expect(await w.refresh.execute()).toEqual({ completed: 0, failed: 0, pending: 0, errors: 0 });
    expect(await w.analyzer.analyse(facts)).toMatchObject({ bouncesLast3Months: 1, lastSalaryCreditOn: '2026-10-31' });
    // Another brand's customer with the same id has shared nothing.
    expect(await w.analyzer.analyse({ ...facts, brandId: otherBrandId })).toBeNull();

    const listed = await w.list.execute({ actor: w.actor, limit: 10, offset: 0 });
    expect(listed.ok && listed.value.map((v) => [v.submission.status, v.asOf, v.figures?.bouncesLast3Months])).toEqual([['COMPLETED', '2026-11-23', 1]]);
  });

  it('records one submission when the same file arrives twice at once', async () => {
    const w = await world();
    let n = 0;
    w.provider.submit = async (upload) => {
      w.provider.uploads.push(upload);
      return { status: 'ACCEPTED', providerReference: `ref-${++n}` };
    };
    const [a, b] = await Promise.all([w.upload.execute({ actor: w.actor, file }), w.upload.execute({ actor: w.actor, file })]);
    const taken = [a, b].map((r) => (r.ok ? r.value : null));
    expect(taken.map((t) => t?.created).sort()).toEqual([false, true]);
    expect(taken[0]?.submission.id).toBe(taken[1]?.submission.id);
    expect(await w.store.listForCustomer(brandId, 'c1', { limit: 10, offset: 0 })).toHaveLength(1);
  });

  it('records nothing when the provider refuses the file or gives no answer', async () => {
    const w = await world();
    w.provider.submitAnswer = { status: 'REJECTED', reason: 'PASSWORD_INCORRECT', message: 'Incorrect Password' };
    expect(await w.upload.execute({ actor: w.actor, file })).toEqual({ ok: false, error: { code: 'STATEMENT_REJECTED', reason: 'PASSWORD_INCORRECT', message: 'Incorrect Password' } });
    w.provider.submitAnswer = new Error('connect ECONNREFUSED');
    expect(await w.upload.execute({ actor: w.actor, file })).toEqual({ ok: false, error: { code: 'PROVIDER_UNAVAILABLE', capability: 'BANK_STATEMENT_ANALYSIS' } });
    expect(await w.store.listForCustomer(brandId, 'c1', { limit: 10, offset: 0 })).toEqual([]);
    expect(await w.upload.execute({ actor: { kind: 'customer', brandId: otherBrandId, customerId: 'c1' }, file })).toEqual({ ok: false, error: { code: 'CUSTOMER_NOT_FOUND' } });
  });

  it('keeps a submission pending through provider errors, and fails it when the analysis fails', async () => {
    const w = await world();
    await w.upload.execute({ actor: w.actor, file });
    w.provider.results.set('ref-1', new Error('HTTP 503'));
    expect(await w.refresh.execute()).toEqual({ completed: 0, failed: 0, pending: 0, errors: 1 });
    w.provider.results.set('ref-1', { status: 'FAILED', reason: 'MISSING_TRANSACTIONS' });
    expect(await w.refresh.execute()).toMatchObject({ failed: 1 });
    const [failed] = await w.store.listForCustomer(brandId, 'c1', { limit: 1, offset: 0 });
    expect(failed).toMatchObject({ status: 'FAILED', failureReason: 'MISSING_TRANSACTIONS', settledAt: w.clock.now() });
    expect(await w.analyzer.analyse(facts)).toBeNull();
  });

  it("lets underwriting staff list a loan's customer's statements in their brand only", async () => {
    const w = await world();
    const staff = (role: 'CREDIT_EXECUTIVE' | 'COLLECTION_EXECUTIVE', onBrand = brandId): Actor => ({ kind: 'staff', userId: 'u1', superAdmin: false, roles: [{ brandId: onBrand, role }] });
    expect(await w.list.execute({ actor: staff('CREDIT_EXECUTIVE', otherBrandId), brandId, loanId: 'l1', limit: 10, offset: 0 })).toEqual({ ok: false, error: { code: 'BRAND_NOT_FOUND' } });
    expect(await w.list.execute({ actor: staff('COLLECTION_EXECUTIVE'), brandId, loanId: 'l1', limit: 10, offset: 0 })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.list.execute({ actor: staff('CREDIT_EXECUTIVE'), brandId, loanId: 'l1', limit: 10, offset: 0 })).toEqual({ ok: false, error: { code: 'LOAN_NOT_FOUND' } });
  });
});
