import { type LoanProduct, Loan, Money, Rate, localDate } from '@los/domain';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import type { StaffRole } from '../../ports/staff-repository.js';
import { AllocateOverdueLoans } from '../../use-cases/collections/allocate-overdue-loans.js';
import { FixedClock } from '../fakes/fixed-clock.js';
import { SequentialIdGenerator } from '../fakes/sequential-id-generator.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { RepositoriesFixture } from './repositories.contract.js';

/** How a store joins the collections contract: its repositories and, for allocations, its lifecycle unit of work. */
export interface CollectionsContractOptions {
  readonly name: string;
  readonly create: () => Promise<RepositoriesFixture & { readonly lifecycleUnitOfWork: LifecycleUnitOfWork }>;
  readonly skip?: string;
}

const T0 = new Date('2026-06-15T09:00:00.000Z');
const TODAY = localDate('2026-06-15');

/**
 * Collections allocation on every store: profiles round-trip, overdue loans go to the least-loaded
 * executive (rating breaks ties, the loan's pincode is preferred), staff away today are skipped, a second
 * run assigns nothing twice, and two runs at once never give one loan to two executives nor unbalance loads.
 */
export function describeCollectionsContract(options: CollectionsContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`Collections contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const opened: { close(): Promise<void> }[] = [];
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((f) => f.close()));
    });

    async function setup() {
      const fixture = await options.create();
      opened.push(fixture);
      const ids = new SequentialIdGenerator(31);
      const r = fixture.repositories;
      const brand = { id: ids.next(), code: 'ACME', name: 'Acme', createdAt: T0 };
      await r.brands.add(brand);
      const product: LoanProduct = {
        id: ids.next(), brandId: brand.id, code: 'salary-advance', name: 'Salary advance', currency: 'INR',
        minAmount: Money.of('1000.00'), maxAmount: Money.of('50000.00'), tenureUnit: 'DAY', allowedTenures: [30],
        annualRate: Rate.percent('30'), processingFee: { kind: 'FLAT', amount: Money.of('100.00') }, active: true,
      };
      await r.brands.addProduct(product);
      const customer = await r.customers.addOrGet({ id: ids.next(), brandId: brand.id, phone: '+919812345678', createdAt: T0 });
      const overdue = async (daysPastDue: number, pincode?: string) => {
        const loan = Loan.rehydrate({ id: ids.next(), brandId: brand.id, customerId: customer.id, productId: product.id, amount: Money.of('20000.00'), tenure: 30, status: 'OVERDUE', rejectionReasons: [], appliedAt: T0, updatedAt: T0, daysPastDue, version: 0 });
        await r.loans.add(loan);
        if (pincode !== undefined) await r.applicants.add(brand.id, loan.id, { pincode });
        return loan.id;
      };
      const staff = async (email: string, profile?: { rating: string; locations?: string[]; capacity?: number }, role: StaffRole = 'COLLECTION_EXECUTIVE') => {
        const id = ids.next();
        await r.staff.add({ id, email, name: email, passwordHash: 'x', superAdmin: false, roles: [{ brandId: brand.id, role }], active: true, createdAt: T0 });
        if (profile) await r.collections.saveProfile(brand.id, { userId: id, rating: profile.rating, locations: profile.locations ?? [], ...(profile.capacity === undefined ? {} : { capacity: profile.capacity }) }, T0);
        return id;
      };
      const manager: Actor = { kind: 'staff', userId: 'mgr', superAdmin: false, roles: [{ brandId: brand.id, role: 'COLLECTION_MANAGER' }] };
      const allocator = new AllocateOverdueLoans({ unitOfWork: fixture.lifecycleUnitOfWork, ids, clock: new FixedClock(T0), timeZone: 'Asia/Kolkata' });
      const allocate = async () => {
        const run = await allocator.execute({ actor: manager, brandId: brand.id });
        if (!run.ok) throw new Error(run.error.code);
        return run.value;
      };
      const holders = async () => {
        const all = await Promise.all((await r.staff.listByBrand(brand.id)).map(async (s) => [s.id, (await r.collections.listCollectorLoans(brand.id, s.id)).map((l) => l.loanId)] as const));
        return new Map(all.filter(([, loans]) => loans.length > 0));
      };
      return { ...fixture, r, brand, overdue, staff, allocate, allocator, holders };
    }

    it('keeps a profile as saved and replaces it on a second save', async () => {
      const { r, brand, staff } = await setup();
      const id = await staff('c1@acme.test', { rating: '4.5', locations: ['560001', 'Bengaluru'], capacity: 20 });
      await r.collections.saveProfile(brand.id, { userId: id, rating: '3.0', locations: ['110001'] }, T0);
      expect(await r.collections.listProfiles(brand.id)).toEqual([{ userId: id, rating: '3.0', locations: ['110001'] }]);
    });

    it('lists overdue loans without a collector, most days past due first, with the applicant pincode or nothing', async () => {
      const { r, brand, overdue } = await setup();
      const a = await overdue(5, '560001');
      const b = await overdue(40);
      expect(await r.collections.listUnassignedOverdue(brand.id, 10)).toEqual([
        { loanId: b, daysPastDue: 40, location: '' },
        { loanId: a, daysPastDue: 5, location: '560001' },
      ]);
    });

    it('balances loads: each executive ends with its share, counting loans already held', async () => {
      const { r, brand, overdue, staff, allocate, holders } = await setup();
      const c1 = await staff('c1@acme.test', { rating: '3.0' });
      const c2 = await staff('c2@acme.test', { rating: '3.0' });
      const held = await overdue(3);
      const heldLoan = await r.loans.findById(brand.id, held);
      heldLoan?.assignCollector(c1, T0);
      if (heldLoan) await r.loans.save(heldLoan);
      for (let i = 0; i < 5; i += 1) await overdue(10 + i);
      expect(await allocate()).toEqual({ assigned: 5, left: 0 });
      const loads = [...(await holders()).entries()].map(([id, loans]) => [id, loans.length]);
      expect(loads.sort()).toEqual([[c1, 3], [c2, 3]].sort());
    });

    it('prefers an executive covering the pincode, and on equal loads the higher rating', async () => {
      const { overdue, staff, allocate, holders } = await setup();
      const low = await staff('low@acme.test', { rating: '2.5' });
      const high = await staff('high@acme.test', { rating: '4.5' });
      const local = await staff('local@acme.test', { rating: '1.0', locations: ['400001'] });
      const mumbai = await overdue(30, '400001');
      const anywhere = await overdue(20, '999999');
      await allocate();
      const byHolder = await holders();
      expect(byHolder.get(local)).toEqual([mumbai]);
      expect(byHolder.get(high)).toEqual([anywhere]);
      expect(byHolder.get(low)).toBeUndefined();
    });

    it('skips staff away today and other roles; a second run assigns nothing twice', async () => {
      const { r, brand, overdue, staff, allocate, holders } = await setup();
      const away = await staff('away@acme.test', { rating: '5.0' });
      const here = await staff('here@acme.test', { rating: '1.0' });
      await staff('mgr@acme.test', { rating: '5.0' }, 'COLLECTION_MANAGER');
      await r.allocation.addUnavailability(brand.id, { staffId: away, date: TODAY });
      const loans = [await overdue(9), await overdue(8)];
      expect(await allocate()).toEqual({ assigned: 2, left: 0 });
      expect(await allocate()).toEqual({ assigned: 0, left: 0 });
      expect([...(await holders()).entries()]).toEqual([[here, loans]]);
    });

    it('two runs at once place every loan once and keep loads within one of each other', async () => {
      const { overdue, staff, allocate, holders } = await setup();
      for (const n of [1, 2, 3]) await staff(`c${n}@acme.test`, { rating: '3.0' });
      const loans = new Set<string>();
      for (let i = 0; i < 12; i += 1) loans.add(await overdue(1 + (i % 4)));
      const runs = await Promise.all([allocate(), allocate()]);
      expect(runs.reduce((n, run) => n + run.assigned, 0)).toBe(12);
      const placed = [...(await holders()).values()];
      expect(placed.flat().sort()).toEqual([...loans].sort());
      expect(placed.map((l) => l.length)).toEqual([4, 4, 4]);
    });
  });
}
