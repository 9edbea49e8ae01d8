import { type LoanProduct, type LoanStatus, Loan, Money, Rate } from '@los/domain';
import { afterEach, describe, expect, it } from 'vitest';
import type { Brand } from '../../ports/brand-repository.js';
import type { Customer } from '../../ports/customer-repository.js';
import type { EventMessage } from '../../ports/event-message.js';
import { ConcurrencyConflictError } from '../../ports/loan-repository.js';
import type { OutboxStore } from '../../ports/outbox.js';
import type { StaffUser } from '../../ports/staff-repository.js';
import type { Repositories, UnitOfWork } from '../../ports/unit-of-work.js';
import { SequentialIdGenerator } from '../fakes/sequential-id-generator.js';

/** A fresh, empty store under test and how to release it. */
export interface RepositoriesFixture {
  readonly repositories: Repositories;
  readonly unitOfWork: UnitOfWork;
  readonly outboxStore: OutboxStore;
  close(): Promise<void>;
}

/** How a store joins the contract run; `skip` is the reason it cannot run here. */
export interface RepositoriesContractOptions {
  readonly name: string;
  readonly create: () => Promise<RepositoriesFixture>;
  readonly skip?: string;
}

const T0 = new Date('2026-03-01T09:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

/** Builds the rows of a test world with UUID-shaped ids. */
class World {
  readonly ids = new SequentialIdGenerator(7);

  brand(code: string): Brand {
    return { id: this.ids.next(), code, name: `${code} Finance`, createdAt: T0 };
  }

  product(brandId: string, code = 'PAYDAY', overrides: Partial<LoanProduct> = {}): LoanProduct {
    return {
      id: this.ids.next(),
      brandId,
      code,
      name: 'Salary advance',
      currency: 'INR',
      minAmount: Money.of('1000.00'),
      maxAmount: Money.of('12345.67'),
      tenureUnit: 'DAY',
      allowedTenures: [7, 15, 30],
      annualRate: Rate.percent('13.125'),
      processingFee: { kind: 'PERCENT', rate: Rate.percent('2.5'), min: Money.of('99.99'), max: Money.of('1000.01') },
      active: true,
      ...overrides,
    };
  }

  customer(brandId: string, phone = '+919812345678'): Customer {
    return { id: this.ids.next(), brandId, phone, createdAt: T0 };
  }

  staff(email: string, roles: StaffUser['roles'] = [], superAdmin = false): StaffUser {
    return { id: this.ids.next(), email, name: email.split('@')[0] ?? email, passwordHash: '$argon2id$v=19$stub', superAdmin, roles, active: true, createdAt: T0 };
  }

  loan(product: LoanProduct, customer: Customer, options: { amount?: string; status?: LoanStatus; appliedAt?: Date } = {}): Loan {
    return Loan.rehydrate({
      id: this.ids.next(),
      brandId: product.brandId,
      customerId: customer.id,
      productId: product.id,
      amount: Money.of(options.amount ?? '5000.50'),
      tenure: 15,
      status: options.status ?? 'APPLIED',
      rejectionReasons: options.status === 'REJECTED' ? ['AMOUNT_ABOVE_MAXIMUM'] : [],
      appliedAt: options.appliedAt ?? T0,
      updatedAt: options.appliedAt ?? T0,
      version: 0,
    });
  }

  event(aggregateId: string, brandId: string, type = 'loan.applied', occurredAt = T0): EventMessage {
    return {
      id: this.ids.next(),
      type,
      aggregateType: 'loan',
      aggregateId,
      brandId,
      occurredAt: occurredAt.toISOString(),
      payload: { amount: { amount: '5000.50', currency: 'INR' }, tenure: 15, tags: ['a', 'b'], note: null },
    };
  }
}

/**
 * The behaviour every store of brands, staff, customers, loans and the outbox shares: uniqueness answered
 * as data, exact decimals, brand scoping, optimistic concurrency, atomic units of work, and an outbox
 * relay that publishes in order, marks only on success and never hands one message to two relays.
 */
export function describeRepositoriesContract(options: RepositoriesContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`Repositories contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const opened: RepositoriesFixture[] = [];
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((f) => f.close()));
    });

    async function setup() {
      const fixture = await options.create();
      opened.push(fixture);
      const world = new World();
      const { repositories: r } = fixture;
      const brandA = world.brand('ACME');
      const brandB = world.brand('BOLT');
      await r.brands.add(brandA);
      await r.brands.add(brandB);
      const productA = world.product(brandA.id);
      const productB = world.product(brandB.id);
      await r.brands.addProduct(productA);
      await r.brands.addProduct(productB);
      const customerA = await r.customers.addOrGet(world.customer(brandA.id));
      const customerB = await r.customers.addOrGet(world.customer(brandB.id));
      return { ...fixture, r, world, brandA, brandB, productA, productB, customerA, customerB };
    }

    describe('brands and products', () => {
      it('finds a brand by id and code, and refuses a second brand with the same code', async () => {
        const { r, world, brandA } = await setup();
        expect(await r.brands.findById(brandA.id)).toEqual(brandA);
        expect(await r.brands.findByCode('ACME')).toEqual(brandA);
        expect(await r.brands.add({ ...world.brand('ACME'), name: 'Impostor' })).toBe(false);
        expect((await r.brands.findByCode('ACME'))?.name).toBe('ACME Finance');
        expect((await r.brands.list()).map((b) => b.code).sort()).toEqual(['ACME', 'BOLT']);
        expect(await r.brands.findById(world.ids.next())).toBeNull();
        expect(await r.brands.findByCode('NONE')).toBeNull();
      });

      it('round-trips a product with its exact decimals and fee', async () => {
        const { r, productA, brandA } = await setup();
        const found = await r.brands.findProduct(brandA.id, productA.id);
        expect(found).not.toBeNull();
        expect(found?.maxAmount.toFixed(2)).toBe('12345.67');
        expect(found?.maxAmount.equals(Money.of('12345.67'))).toBe(true);
        expect(found?.minAmount.toFixed(2)).toBe('1000.00');
        expect(found?.annualRate.toString()).toBe('13.125');
        expect(found?.allowedTenures).toEqual([7, 15, 30]);
        expect(found?.tenureUnit).toBe('DAY');
        const fee = found?.processingFee;
        expect(fee?.kind).toBe('PERCENT');
        if (fee?.kind !== 'PERCENT') return;
        expect(fee.rate.toString()).toBe('2.5');
        expect(fee.min?.toFixed(2)).toBe('99.99');
        expect(fee.max?.toFixed(2)).toBe('1000.01');
      });

      it('round-trips a flat fee and an inactive product', async () => {
        const { r, world, brandA } = await setup();
        const flat = world.product(brandA.id, 'FLAT', { processingFee: { kind: 'FLAT', amount: Money.of('499.50') }, active: false });
        expect(await r.brands.addProduct(flat)).toBe(true);
        const found = await r.brands.findProduct(brandA.id, flat.id);
        expect(found?.active).toBe(false);
        expect(found?.processingFee.kind === 'FLAT' && found.processingFee.amount.toFixed(2)).toBe('499.50');
      });

      it('keeps product codes unique per brand and products invisible to other brands', async () => {
        const { r, world, brandA, brandB, productA } = await setup();
        expect(await r.brands.addProduct(world.product(brandA.id, 'PAYDAY'))).toBe(false);
        expect(await r.brands.addProduct(world.product(brandB.id, 'PERSONAL'))).toBe(true);
        expect(await r.brands.findProduct(brandB.id, productA.id)).toBeNull();
        expect((await r.brands.listProducts(brandA.id)).map((p) => p.id)).toEqual([productA.id]);
        expect((await r.brands.listProducts(brandB.id)).map((p) => p.code).sort()).toEqual(['PAYDAY', 'PERSONAL']);
      });

      it('refuses a product amount finer than the currency unit instead of rounding it', async () => {
        const { r, world, brandA } = await setup();
        await expect(r.brands.addProduct(world.product(brandA.id, 'FINE', { maxAmount: Money.of('5000.555') }))).rejects.toThrow();
        expect(await r.brands.listProducts(brandA.id)).toHaveLength(1);
      });
    });

    describe('staff', () => {
      it('stores e-mails lower-cased, finds them in any case and refuses a duplicate', async () => {
        const { r, world, brandA, brandB } = await setup();
        const user = world.staff('Priya.Rao@Acme.IN', [
          { brandId: brandA.id, role: 'CREDIT_EXECUTIVE' },
          { brandId: brandB.id, role: 'ADMIN' },
        ]);
        expect(await r.staff.add(user)).toBe(true);
        const found = await r.staff.findByEmail('PRIYA.RAO@acme.in');
        expect(found?.email).toBe('priya.rao@acme.in');
        expect(found?.id).toBe(user.id);
        expect(found?.passwordHash).toBe(user.passwordHash);
        const roles = [...(found?.roles ?? [])].sort((a, b) => a.role.localeCompare(b.role));
        expect(roles).toEqual([
          { brandId: brandB.id, role: 'ADMIN' },
          { brandId: brandA.id, role: 'CREDIT_EXECUTIVE' },
        ]);
        expect(await r.staff.add(world.staff('priya.rao@acme.in'))).toBe(false);
        expect((await r.staff.findById(user.id))?.name).toBe('Priya.Rao');
        expect(await r.staff.findById(world.ids.next())).toBeNull();
      });

      it('lists only the users holding a role on the brand', async () => {
        const { r, world, brandA, brandB } = await setup();
        const a = world.staff('a@acme.in', [{ brandId: brandA.id, role: 'LOAN_EXECUTIVE' }]);
        const b = world.staff('b@bolt.in', [{ brandId: brandB.id, role: 'LOAN_EXECUTIVE' }]);
        const root = world.staff('root@los.in', [], true);
        for (const u of [a, b, root]) expect(await r.staff.add(u)).toBe(true);
        expect((await r.staff.listByBrand(brandA.id)).map((u) => u.id)).toEqual([a.id]);
        expect((await r.staff.findById(root.id))?.superAdmin).toBe(true);
      });
    });

    describe('customers', () => {
      it('addOrGet is idempotent per brand and distinct across brands', async () => {
        const { r, world, brandA, brandB, customerA, customerB } = await setup();
        const again = await r.customers.addOrGet(world.customer(brandA.id));
        expect(again.id).toBe(customerA.id);
        expect(customerB.id).not.toBe(customerA.id);
        expect((await r.customers.findByPhone(brandB.id, '+919812345678'))?.id).toBe(customerB.id);
        expect(await r.customers.findById(brandB.id, customerA.id)).toBeNull();
        expect(await r.customers.findById(brandA.id, customerA.id)).toEqual(customerA);
        expect(await r.customers.findByPhone(brandA.id, '+910000000000')).toBeNull();
      });
    });

    describe('loans', () => {
      it('adds a loan at version 0 and finds it with its exact state', async () => {
        const { r, world, productA, customerA, brandA } = await setup();
        const loan = world.loan(productA, customerA, { amount: '5000.55', appliedAt: at(5) });
        await r.loans.add(loan);
        const found = await r.loans.findById(brandA.id, loan.id);
        expect(found?.version).toBe(0);
        const s = found?.toSnapshot();
        expect(s?.amount.toFixed(2)).toBe('5000.55');
        expect(s?.amount.currency).toBe('INR');
        expect(s?.appliedAt.toISOString()).toBe(at(5).toISOString());
        expect(s).toMatchObject({ id: loan.id, brandId: brandA.id, customerId: customerA.id, productId: productA.id, tenure: 15, status: 'APPLIED', rejectionReasons: [] });
      });

      it('does not find a loan of brand A with brand B', async () => {
        const { r, world, productA, customerA, brandB } = await setup();
        const loan = world.loan(productA, customerA);
        await r.loans.add(loan);
        expect(await r.loans.findById(brandB.id, loan.id)).toBeNull();
        expect((await r.loans.listByBrand(brandB.id, { limit: 10, offset: 0 })).total).toBe(0);
      });

      it('refuses a loan whose customer belongs to another brand, and one finer than a paisa', async () => {
        const { r, world, brandA, productA, customerB } = await setup();
        await expect(r.loans.add(world.loan(productA, customerB))).rejects.toThrow();
        await expect(r.loans.add(world.loan(productA, { ...customerB, brandId: brandA.id }))).rejects.toThrow();
        const fine = world.loan(productA, (await r.customers.findByPhone(brandA.id, '+919812345678')) as Customer, { amount: '5000.001' });
        await expect(r.loans.add(fine)).rejects.toThrow();
        expect((await r.loans.listByBrand(brandA.id, { limit: 10, offset: 0 })).total).toBe(0);
      });

      it('saves a transition and bumps the version', async () => {
        const { r, world, brandA, productA, customerA } = await setup();
        const loan = world.loan(productA, customerA);
        await r.loans.add(loan);
        const loaded = (await r.loans.findById(brandA.id, loan.id)) as Loan;
        loaded.screen(productA, at(60));
        await r.loans.save(loaded);
        const reloaded = await r.loans.findById(brandA.id, loan.id);
        expect(reloaded?.status).toBe('UNDER_REVIEW');
        expect(reloaded?.version).toBe(1);
        expect(reloaded?.toSnapshot().updatedAt.toISOString()).toBe(at(60).toISOString());
      });

      it('rejects a stale save with ConcurrencyConflictError and writes nothing', async () => {
        const { r, world, brandA, productA, customerA } = await setup();
        const loan = world.loan(productA, customerA);
        await r.loans.add(loan);
        const first = (await r.loans.findById(brandA.id, loan.id)) as Loan;
        const second = (await r.loans.findById(brandA.id, loan.id)) as Loan;
        first.screen(productA, at(10));
        await r.loans.save(first);
        second.screen({ ...productA, maxAmount: Money.of('1000.00') }, at(20));
        expect(second.status).toBe('REJECTED');
        const error = await r.loans.save(second).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConcurrencyConflictError);
        expect(error).toMatchObject({ aggregate: 'Loan', id: loan.id, expectedVersion: 0 });
        const stored = (await r.loans.findById(brandA.id, loan.id))?.toSnapshot();
        expect(stored?.status).toBe('UNDER_REVIEW');
        expect(stored?.version).toBe(1);
        expect(stored?.rejectionReasons).toEqual([]);
      });

      it('treats a save under another brand as a conflict', async () => {
        const { r, world, brandA, brandB, productA, customerA } = await setup();
        const loan = world.loan(productA, customerA);
        await r.loans.add(loan);
        const foreign = Loan.rehydrate({ ...loan.toSnapshot(), brandId: brandB.id, status: 'CANCELLED' });
        await expect(r.loans.save(foreign)).rejects.toBeInstanceOf(ConcurrencyConflictError);
        expect((await r.loans.findById(brandA.id, loan.id))?.status).toBe('APPLIED');
      });

      it('lists a brand’s loans newest first, paged, with the total, filtered by status and customer', async () => {
        const { r, world, brandA, productA, productB, customerA, customerB } = await setup();
        const other = await r.customers.addOrGet(world.customer(brandA.id, '+919800000001'));
        const loans = [0, 1, 2, 3, 4].map((i) =>
          world.loan(productA, i === 4 ? other : customerA, { appliedAt: at(i * 60), status: i % 2 === 1 ? 'REJECTED' : 'APPLIED' }),
        );
        for (const loan of [...loans].reverse()) await r.loans.add(loan);
        await r.loans.add(world.loan(productB, customerB, { appliedAt: at(999) }));
        const ids = (page: { items: readonly Loan[] }) => page.items.map((l) => l.id);
        const newestFirst = [...loans].reverse().map((l) => l.id);

        const first = await r.loans.listByBrand(brandA.id, { limit: 2, offset: 0 });
        expect(first).toMatchObject({ total: 5, limit: 2, offset: 0 });
        expect(ids(first)).toEqual(newestFirst.slice(0, 2));
        expect(ids(await r.loans.listByBrand(brandA.id, { limit: 2, offset: 2 }))).toEqual(newestFirst.slice(2, 4));
        const last = await r.loans.listByBrand(brandA.id, { limit: 2, offset: 4 });
        expect(ids(last)).toEqual(newestFirst.slice(4));
        expect(last.total).toBe(5);

        const rejected = await r.loans.listByBrand(brandA.id, { status: 'REJECTED', limit: 10, offset: 0 });
        expect(rejected.total).toBe(2);
        expect(ids(rejected)).toEqual([loans[3]?.id, loans[1]?.id]);
        expect(rejected.items[0]?.toSnapshot().rejectionReasons).toEqual(['AMOUNT_ABOVE_MAXIMUM']);
        const ofOther = await r.loans.listByBrand(brandA.id, { customerId: other.id, limit: 10, offset: 0 });
        expect(ids(ofOther)).toEqual([loans[4]?.id]);
        expect(ofOther.total).toBe(1);
      });
    });

    describe('unit of work and outbox', () => {
      it('persists neither the loan nor its event when the work throws', async () => {
        const { r, world, unitOfWork, outboxStore, brandA, productA, customerA } = await setup();
        const loan = world.loan(productA, customerA);
        const failure = new Error('screening service down');
        await expect(
          unitOfWork.run(async (tx) => {
            await tx.loans.add(loan);
            await tx.outbox.append([world.event(loan.id, brandA.id)]);
            await tx.processedMessages.markProcessed('scoring', 'evt-1', T0);
            throw failure;
          }),
        ).rejects.toBe(failure);
        expect(await r.loans.findById(brandA.id, loan.id)).toBeNull();
        expect((await outboxStore.backlog(at(1))).pending).toBe(0);
        expect(await r.processedMessages.markProcessed('scoring', 'evt-1', T0)).toBe(true);
      });

      it('commits the loan and its event together and returns the work’s value', async () => {
        const { r, world, unitOfWork, outboxStore, brandA, productA, customerA } = await setup();
        const loan = world.loan(productA, customerA);
        const event = world.event(loan.id, brandA.id);
        const value = await unitOfWork.run(async (tx) => {
          await tx.loans.add(loan);
          await tx.outbox.append([event]);
          return loan.id;
        });
        expect(value).toBe(loan.id);
        expect((await r.loans.findById(brandA.id, loan.id))?.id).toBe(loan.id);
        const handed: EventMessage[] = [];
        expect(await outboxStore.publishPending(10, async (m) => void handed.push(...m))).toBe(1);
        expect(handed).toEqual([event]);
      });

      it('rolls back the events of a unit of work whose save conflicts', async () => {
        const { r, world, unitOfWork, outboxStore, brandA, productA, customerA } = await setup();
        const loan = world.loan(productA, customerA);
        await r.loans.add(loan);
        const stale = (await r.loans.findById(brandA.id, loan.id)) as Loan;
        const fresh = (await r.loans.findById(brandA.id, loan.id)) as Loan;
        fresh.screen(productA, at(5));
        await r.loans.save(fresh);
        stale.screen(productA, at(6));
        const attempt = unitOfWork.run(async (tx) => {
          await tx.outbox.append([world.event(loan.id, brandA.id, 'loan.under_review')]);
          await tx.loans.save(stale);
        });
        await expect(attempt).rejects.toBeInstanceOf(ConcurrencyConflictError);
        expect((await outboxStore.backlog(at(10))).pending).toBe(0);
      });

      it('publishes in order, in batches of the limit, and marks only what was published', async () => {
        const { world, unitOfWork, outboxStore, brandA } = await setup();
        const events = [0, 1, 2].map((i) => world.event(world.ids.next(), brandA.id, `loan.e${i}`, at(i)));
        await unitOfWork.run(async (tx) => tx.outbox.append([events[0] as EventMessage, events[1] as EventMessage]));
        await unitOfWork.run(async (tx) => tx.outbox.append([events[2] as EventMessage]));
        const batches: string[][] = [];
        const publish = async (m: readonly EventMessage[]) => void batches.push(m.map((e) => e.type));
        expect(await outboxStore.publishPending(2, publish)).toBe(2);
        expect(await outboxStore.publishPending(2, publish)).toBe(1);
        expect(await outboxStore.publishPending(2, publish)).toBe(0);
        expect(batches).toEqual([['loan.e0', 'loan.e1'], ['loan.e2']]);
      });

      it('offers the messages again after publish rejects', async () => {
        const { world, unitOfWork, outboxStore, brandA } = await setup();
        const event = world.event(world.ids.next(), brandA.id);
        await unitOfWork.run(async (tx) => tx.outbox.append([event]));
        const down = new Error('broker unreachable');
        await expect(outboxStore.publishPending(10, async () => Promise.reject(down))).rejects.toBe(down);
        expect((await outboxStore.backlog(at(0))).pending).toBe(1);
        const handed: EventMessage[] = [];
        expect(await outboxStore.publishPending(10, async (m) => void handed.push(...m))).toBe(1);
        expect(handed.map((e) => e.id)).toEqual([event.id]);
        expect((await outboxStore.backlog(at(0))).pending).toBe(0);
      });

      it('never hands the same message to two concurrent relays', async () => {
        const { world, unitOfWork, outboxStore, brandA } = await setup();
        const events = [0, 1, 2, 3, 4].map((i) => world.event(world.ids.next(), brandA.id, 'loan.applied', at(i)));
        await unitOfWork.run(async (tx) => tx.outbox.append(events));
        const handed: string[] = [];
        const slowPublish = async (m: readonly EventMessage[]) => {
          handed.push(...m.map((e) => e.id));
          await new Promise((resolve) => setTimeout(resolve, 50));
        };
        const counts = await Promise.all([outboxStore.publishPending(2, slowPublish), outboxStore.publishPending(2, slowPublish)]);
        while ((await outboxStore.publishPending(2, slowPublish)) > 0);
        expect(new Set(handed).size).toBe(handed.length);
        expect([...handed].sort()).toEqual(events.map((e) => e.id).sort());
        expect(counts[0] + counts[1]).toBeLessThanOrEqual(4);
      });

      it('never lets a relay overtake an aggregate’s older message held by another relay', async () => {
        const { world, unitOfWork, outboxStore, brandA } = await setup();
        const [x, y] = [world.ids.next(), world.ids.next()];
        const events = [world.event(x, brandA.id, 'x1'), world.event(x, brandA.id, 'x2'), world.event(y, brandA.id, 'y1')];
        await unitOfWork.run(async (tx) => tx.outbox.append(events));
        // Each message's batch, and the step at which it was handed over and at which its batch resolved.
        const seen = new Map<string, { batch: number; position: number; handed: number; done: number }>();
        let step = 0;
        let batches = 0;
        const publish = (delayMs: number) => async (m: readonly EventMessage[]) => {
          const batch = (batches += 1);
          const handed = (step += 1);
          m.forEach((e, position) => seen.set(e.type, { batch, position, handed, done: Infinity }));
          await new Promise((resolve) => setTimeout(resolve, delayMs));
          const done = (step += 1);
          for (const e of m) seen.set(e.type, { batch, position: seen.get(e.type)?.position ?? 0, handed, done });
        };
        const slow = outboxStore.publishPending(1, publish(80));
        await new Promise((resolve) => setTimeout(resolve, 20));
        await Promise.all([slow, outboxStore.publishPending(10, publish(0))]);
        while ((await outboxStore.publishPending(10, publish(0))) > 0);
        expect([...seen.keys()].sort()).toEqual(['x1', 'x2', 'y1']);
        const x1 = seen.get('x1') as { batch: number; position: number; handed: number; done: number };
        const x2 = seen.get('x2') as typeof x1;
        // x2 goes out behind x1 in the same batch, or in a batch handed over after x1's batch was published.
        const inOrder = x1.batch === x2.batch ? x1.position < x2.position : x2.handed > x1.done;
        expect(inOrder).toBe(true);
      });

      it('prunes only messages published before the cut-off', async () => {
        const { world, unitOfWork, outboxStore, brandA } = await setup();
        await unitOfWork.run(async (tx) => tx.outbox.append([world.event(world.ids.next(), brandA.id)]));
        await outboxStore.publishPending(10, async () => undefined);
        await unitOfWork.run(async (tx) => tx.outbox.append([world.event(world.ids.next(), brandA.id)]));
        expect(await outboxStore.prunePublished(new Date(Date.now() - 3_600_000))).toBe(0);
        expect(await outboxStore.prunePublished(new Date(Date.now() + 3_600_000))).toBe(1);
        expect((await outboxStore.backlog(at(0))).pending).toBe(1);
        expect(await outboxStore.prunePublished(new Date(Date.now() + 3_600_000))).toBe(0);
      });

      it('reports the backlog and the age of its oldest message', async () => {
        const { world, unitOfWork, outboxStore, brandA } = await setup();
        expect(await outboxStore.backlog(at(0))).toEqual({ pending: 0, oldestAgeMs: 0 });
        await unitOfWork.run(async (tx) =>
          tx.outbox.append([world.event(world.ids.next(), brandA.id, 'a', at(1)), world.event(world.ids.next(), brandA.id, 'b', at(2))]),
        );
        expect(await outboxStore.backlog(at(6))).toEqual({ pending: 2, oldestAgeMs: 5000 });
      });

      it('marks a message processed once per consumer', async () => {
        const { r, unitOfWork } = await setup();
        expect(await r.processedMessages.markProcessed('notifications', 'evt-42', T0)).toBe(true);
        expect(await r.processedMessages.markProcessed('notifications', 'evt-42', at(1))).toBe(false);
        expect(await unitOfWork.run((tx) => tx.processedMessages.markProcessed('notifications', 'evt-42', at(2)))).toBe(false);
        expect(await r.processedMessages.markProcessed('ledger', 'evt-42', T0)).toBe(true);
      });
    });
  });
}
