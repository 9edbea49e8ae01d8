import { type LoanProduct, Money, Rate } from '@los/domain';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import type { EventMessage } from '../../ports/event-message.js';
import type { InMemoryStore } from '../../testing/fakes/create-in-memory-store.js';
import { InMemoryOutboxStore } from '../../testing/fakes/in-memory-outbox-store.js';
import { InMemoryRepositories } from '../../testing/fakes/in-memory-repositories.js';
import { InMemoryTables } from '../../testing/fakes/in-memory-tables.js';
import { InMemoryUnitOfWork } from '../../testing/fakes/in-memory-unit-of-work.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { SequentialIdGenerator } from '../../testing/fakes/sequential-id-generator.js';
import { ApplyForLoan } from './apply-for-loan.js';
import { ListBrandLoans } from './list-brand-loans.js';

const brandId = '00000000-0000-7000-8000-0000000000b1';
const otherBrandId = '00000000-0000-7000-8000-0000000000b2';
const productId = '00000000-0000-7000-8000-0000000000a1';

async function setup() {
  const clock = new FixedClock('2026-11-23T10:00:00Z');
  const tables = new InMemoryTables();
  const store = { repositories: new InMemoryRepositories(tables), unitOfWork: new InMemoryUnitOfWork(tables), outboxStore: new InMemoryOutboxStore(tables, clock) };
  const ids = new SequentialIdGenerator();
  const product: LoanProduct = {
    id: productId,
    brandId,
    code: 'sa',
    name: 'Salary advance',
    currency: 'INR',
    minAmount: Money.of('10000'),
    maxAmount: Money.of('50000'),
    tenureUnit: 'DAY',
    allowedTenures: [15, 30],
    annualRate: Rate.percent('30'),
    processingFee: { kind: 'FLAT', amount: Money.of('500') },
    active: true,
  };
  for (const id of [brandId, otherBrandId]) await store.repositories.brands.add({ id, code: id.slice(-2), name: id, createdAt: clock.now() });
  await store.repositories.brands.addProduct(product);
  const customer: Actor = { kind: 'customer', customerId: '00000000-0000-7000-8000-0000000000c1', brandId };
  await store.repositories.customers.addOrGet({ id: customer.customerId, brandId, phone: '+919812345678', createdAt: clock.now() });
  await store.repositories.customers.addOrGet({ id: '00000000-0000-7000-8000-0000000000c2', brandId: otherBrandId, phone: '+919812345678', createdAt: clock.now() });
  return { clock, tables, store, ids, product, customer, apply: new ApplyForLoan({ unitOfWork: store.unitOfWork, ids, clock }) };
}

async function drain(store: Pick<InMemoryStore, 'outboxStore'>): Promise<EventMessage[]> {
  const out: EventMessage[] = [];
  await store.outboxStore.publishPending(1000, async (messages) => {
    out.push(...messages);
  });
  return out;
}

describe('ApplyForLoan', () => {
  it('commits the loan and its loan.applied event together', async () => {
    const s = await setup();
    const result = await s.apply.execute({ actor: s.customer, productId, amount: Money.of('20000'), tenure: 30 });
    expect(result.ok && result.value.status).toBe('APPLIED');
    const events = await drain(s.store);
    expect(events.map((e) => e.type)).toEqual(['loan.applied']);
    expect(result.ok && events[0]?.aggregateId).toBe(result.ok && result.value.id);
    expect(events[0]?.payload).toMatchObject({ amount: { amount: '20000', currency: 'INR' }, tenure: 30 });
  });

  it('refuses an application outside the product, naming every broken rule, and writes nothing', async () => {
    const s = await setup();
    const result = await s.apply.execute({ actor: s.customer, productId, amount: Money.of('60000'), tenure: 7 });
    expect(result.ok ? [] : result.error.code === 'PRODUCT_RULES_VIOLATED' && result.error.violations.map((v) => v.rule)).toEqual(['AMOUNT_ABOVE_MAXIMUM', 'TENURE_NOT_ALLOWED']);
    expect((await s.store.repositories.loans.listByBrand(brandId, { limit: 10, offset: 0 })).total).toBe(0);
    expect(await drain(s.store)).toEqual([]);
  });

  it("does not find another brand's product", async () => {
    const s = await setup();
    const stranger: Actor = { kind: 'customer', customerId: '00000000-0000-7000-8000-0000000000c2', brandId: otherBrandId };
    expect(await s.apply.execute({ actor: stranger, productId, amount: Money.of('20000'), tenure: 30 })).toEqual({ ok: false, error: { code: 'PRODUCT_NOT_FOUND', productId } });
  });
});

describe('ListBrandLoans', () => {
  it("shows staff their brand's loans, hides the brand from others, and forbids roles without the feature", async () => {
    const s = await setup();
    await s.apply.execute({ actor: s.customer, productId, amount: Money.of('20000'), tenure: 30 });
    const list = new ListBrandLoans({ repositories: s.store.repositories });
    const staff = (role: 'LOAN_EXECUTIVE' | 'SANCTION_MANAGER', brand: string): Actor => ({ kind: 'staff', userId: 'u', superAdmin: false, roles: [{ brandId: brand, role }] });
    const ok = await list.execute({ actor: staff('LOAN_EXECUTIVE', brandId), brandId, limit: 10, offset: 0 });
    expect(ok.ok && ok.value.total).toBe(1);
    expect(await list.execute({ actor: staff('LOAN_EXECUTIVE', otherBrandId), brandId, limit: 10, offset: 0 })).toEqual({ ok: false, error: { code: 'BRAND_NOT_FOUND' } });
    expect(await list.execute({ actor: staff('SANCTION_MANAGER', brandId), brandId, limit: 10, offset: 0 })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('filters by completed, product and the customer phone', async () => {
    const s = await setup();
    await s.apply.execute({ actor: s.customer, productId, amount: Money.of('20000'), tenure: 30 });
    const list = new ListBrandLoans({ repositories: s.store.repositories });
    const actor: Actor = { kind: 'staff', userId: 'u', superAdmin: false, roles: [{ brandId, role: 'LOAN_EXECUTIVE' }] };
    const total = async (filters: { completed?: boolean; productId?: string; phone?: string }) => {
      const r = await list.execute({ actor, brandId, limit: 10, offset: 0, ...filters });
      return r.ok ? r.value.total : -1;
    };
    expect(await total({ phone: '+919812345678' })).toBe(1);
    expect(await total({ phone: '+919800000000' })).toBe(0);
    expect(await total({ productId })).toBe(1);
    expect(await total({ productId: '00000000-0000-7000-8000-0000000000a9' })).toBe(0);
    expect(await total({ completed: true })).toBe(0);
    const [loan] = [...s.tables.loans.values()];
    s.tables.loans.set(loan!.id, { ...loan!, status: 'CLOSED' });
    expect(await total({ completed: true, phone: '+919812345678' })).toBe(1);
  });
});
