import { Loan, Money, Rate } from '@los/domain';
import { describe, expect, it } from 'vitest';
import { ConcurrencyConflictError } from '../../ports/loan-repository.js';
import { describeRepositoriesContract } from '../contracts/repositories.contract.js';
import { createInMemoryStore } from './create-in-memory-store.js';
import { FixedClock } from './fixed-clock.js';
import { SequentialIdGenerator } from './sequential-id-generator.js';

const adapters = process.env.ADAPTERS?.split(',').map((s) => s.trim());
describeRepositoriesContract({
  name: 'in-memory',
  create: async () => ({ ...createInMemoryStore(), close: async () => undefined }),
  ...(adapters && !adapters.includes('memory') ? { skip: `ADAPTERS=${process.env.ADAPTERS} leaves out memory` } : {}),
});

describe('FixedClock', () => {
  it('stands still until set or advanced, and hands out copies', () => {
    const clock = new FixedClock('2026-03-01T09:00:00.000Z');
    const first = clock.now();
    first.setFullYear(1999);
    expect(clock.now().toISOString()).toBe('2026-03-01T09:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-03-01T09:01:30.000Z');
    clock.set(new Date('2027-01-01T00:00:00.000Z'));
    expect(clock.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('SequentialIdGenerator', () => {
  it('hands out distinct, ordered UUID-shaped ids per namespace', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const a = new SequentialIdGenerator();
    const b = new SequentialIdGenerator(1);
    const ids = [a.next(), a.next(), b.next()];
    for (const id of ids) expect(id).toMatch(uuid);
    expect(ids[0]).toBe('00000000-0000-4000-8000-000000000001');
    expect(ids[1]).toBe('00000000-0000-4000-8000-000000000002');
    expect(ids[2]).not.toBe(ids[0]);
    expect(() => new SequentialIdGenerator(70_000)).toThrow(RangeError);
  });
});

describe('InMemoryUnitOfWork', () => {
  it('runs one transaction at a time, so two increments of shared state never interleave', async () => {
    const { unitOfWork, repositories } = createInMemoryStore();
    const order: string[] = [];
    const work = (name: string) =>
      unitOfWork.run(async () => {
        order.push(`${name}:start`);
        await new Promise((resolve) => setTimeout(resolve, 10));
        order.push(`${name}:end`);
      });
    await Promise.all([work('a'), work('b')]);
    expect(order).toEqual(['a:start', 'a:end', 'b:start', 'b:end']);
    expect(await repositories.brands.list()).toEqual([]);
  });

  it('stamps published messages with the store clock', async () => {
    const clock = new FixedClock('2026-03-01T09:00:00.000Z');
    const { unitOfWork, outboxStore } = createInMemoryStore({ clock });
    const message = { id: 'e1', type: 't', aggregateType: 'loan', aggregateId: 'l1', brandId: 'b1', occurredAt: clock.now().toISOString(), payload: {} };
    await unitOfWork.run((tx) => tx.outbox.append([message]));
    await outboxStore.publishPending(10, async () => undefined);
    expect(await outboxStore.prunePublished(clock.now())).toBe(0);
    clock.advance(1);
    expect(await outboxStore.prunePublished(clock.now())).toBe(1);
  });

  it('refuses at commit a loan that was saved outside the transaction meanwhile, and commits nothing of it', async () => {
    const { unitOfWork, repositories: r, outboxStore } = createInMemoryStore();
    const at = new Date('2026-03-01T09:00:00.000Z');
    await r.brands.add({ id: 'b1', code: 'ACME', name: 'Acme', createdAt: at });
    const product = {
      id: 'p1', brandId: 'b1', code: 'PAYDAY', name: 'Payday', currency: 'INR', minAmount: Money.of('1000'), maxAmount: Money.of('50000'),
      tenureUnit: 'DAY' as const, allowedTenures: [30], annualRate: Rate.percent('24'), processingFee: { kind: 'FLAT' as const, amount: Money.of('100') }, active: true,
    };
    await r.brands.addProduct(product);
    await r.customers.addOrGet({ id: 'c1', brandId: 'b1', phone: '+919812345678', createdAt: at });
    await r.loans.add(Loan.rehydrate({ id: 'l1', brandId: 'b1', customerId: 'c1', productId: 'p1', amount: Money.of('20000'), tenure: 30, status: 'APPLIED', rejectionReasons: [], appliedAt: at, updatedAt: at, version: 0 }));
    const attempt = unitOfWork.run(async (tx) => {
      const loan = (await tx.loans.findById('b1', 'l1')) as Loan;
      const outside = (await r.loans.findById('b1', 'l1')) as Loan;
      outside.screen(product, at);
      await r.loans.save(outside);
      loan.screen({ ...product, maxAmount: Money.of('1000') }, at);
      await tx.loans.save(loan);
      await tx.outbox.append([{ id: 'e1', type: 'loan.rejected', aggregateType: 'loan', aggregateId: 'l1', brandId: 'b1', occurredAt: at.toISOString(), payload: {} }]);
    });
    await expect(attempt).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect((await r.loans.findById('b1', 'l1'))?.status).toBe('UNDER_REVIEW');
    expect((await outboxStore.backlog(at)).pending).toBe(0);
  });
});
