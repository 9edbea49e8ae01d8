import { type LoanProduct, Loan, Money, Rate } from '@los/domain';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import { createInMemoryStore } from '../../testing/fakes/create-in-memory-store.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { SequentialIdGenerator } from '../../testing/fakes/sequential-id-generator.js';
import type { CloseDay } from '../jobs/close-day.js';
import type { DispatchReminders } from '../jobs/dispatch-reminders.js';
import { PruneOutbox } from '../jobs/prune-outbox.js';
import { standardJobs } from '../jobs/standard-jobs.js';
import { AllocateOverdueLoans } from './allocate-overdue-loans.js';
import { ListMyCollectionLoans } from './list-my-collection-loans.js';
import { SetCollectionProfile } from './set-collection-profile.js';

const T0 = new Date('2026-06-15T09:00:00.000Z');
const BRAND = '00000000-0000-4000-8000-0000000000b1';
const as = (userId: string, role: 'ADMIN' | 'COLLECTION_EXECUTIVE' | 'COLLECTION_MANAGER', brandId = BRAND): Actor => ({ kind: 'staff', userId, superAdmin: false, roles: [{ brandId, role }] });

async function world() {
  const store = createInMemoryStore();
  const r = store.repositories;
  const ids = new SequentialIdGenerator(51);
  await r.brands.add({ id: BRAND, code: 'ACME', name: 'Acme', createdAt: T0 });
  const product: LoanProduct = { id: ids.next(), brandId: BRAND, code: 'sa', name: 'SA', currency: 'INR', minAmount: Money.of('1000'), maxAmount: Money.of('50000'), tenureUnit: 'DAY', allowedTenures: [30], annualRate: Rate.percent('30'), processingFee: { kind: 'FLAT', amount: Money.of('10') }, active: true };
  await r.brands.addProduct(product);
  const customer = await r.customers.addOrGet({ id: ids.next(), brandId: BRAND, phone: '+919812345678', createdAt: T0 });
  const collector = ids.next();
  await r.staff.add({ id: collector, email: 'c@acme.test', name: 'C', passwordHash: 'x', superAdmin: false, roles: [{ brandId: BRAND, role: 'COLLECTION_EXECUTIVE' }], active: true, createdAt: T0 });
  const loanId = ids.next();
  await r.loans.add(Loan.rehydrate({ id: loanId, brandId: BRAND, customerId: customer.id, productId: product.id, amount: Money.of('20000'), tenure: 30, status: 'OVERDUE', rejectionReasons: [], appliedAt: T0, updatedAt: T0, daysPastDue: 7, version: 0 }));
  const clock = new FixedClock(T0);
  const allocate = new AllocateOverdueLoans({ unitOfWork: store.unitOfWork, ids, clock, timeZone: 'Asia/Kolkata' });
  return { store, collector, loanId, clock, allocate };
}

describe('collections use cases', () => {
  it('lets only collection managers, heads and admins allocate, and hides other brands', async () => {
    const { allocate, collector } = await world();
    expect(await allocate.execute({ actor: as(collector, 'COLLECTION_EXECUTIVE'), brandId: BRAND })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await allocate.execute({ actor: as('m', 'COLLECTION_MANAGER', '00000000-0000-4000-8000-0000000000b2'), brandId: BRAND })).toEqual({ ok: false, error: { code: 'BRAND_NOT_FOUND' } });
    expect(await allocate.execute({ actor: as('a', 'ADMIN'), brandId: BRAND })).toEqual({ ok: true, value: { assigned: 1, left: 0 } });
  });

  it('shows a collection executive the overdue loans they hold, and records loan.collector_assigned', async () => {
    const { store, allocate, collector, loanId } = await world();
    await allocate.execute({ actor: as('m', 'COLLECTION_MANAGER'), brandId: BRAND });
    const mine = await new ListMyCollectionLoans({ unitOfWork: store.unitOfWork }).execute({ actor: as(collector, 'COLLECTION_EXECUTIVE'), brandId: BRAND });
    expect(mine).toEqual({ ok: true, value: [{ loanId, customerId: expect.any(String), daysPastDue: 7, location: '', assignedAt: T0 }] });
    const published: string[] = [];
    await store.outboxStore.publishPending(10, async (messages) => void published.push(...messages.map((m) => m.type)));
    expect(published).toEqual(['loan.collector_assigned']);
  });

  it('sets a profile for a collection executive of the brand only, with a rating of 0 to 5 in tenths', async () => {
    const { store, clock, collector } = await world();
    const set = new SetCollectionProfile({ unitOfWork: store.unitOfWork, clock });
    const admin = as('a', 'ADMIN');
    expect(await set.execute({ actor: admin, brandId: BRAND, profile: { userId: collector, rating: '4', locations: ['560001', '560001'] } })).toEqual({ ok: true, value: { userId: collector, rating: '4.0', locations: ['560001'] } });
    expect(await set.execute({ actor: admin, brandId: BRAND, profile: { userId: collector, rating: '5.5', locations: [] } })).toEqual({ ok: false, error: { code: 'INVALID_RATING' } });
    expect(await set.execute({ actor: admin, brandId: BRAND, profile: { userId: 'someone-else', rating: '3', locations: [] } })).toEqual({ ok: false, error: { code: 'STAFF_NOT_FOUND' } });
    expect(await set.execute({ actor: as('m', 'COLLECTION_MANAGER'), brandId: BRAND, profile: { userId: collector, rating: '3', locations: [] } })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('runs as the collection-allocation job, daily a quarter of an hour after the day-end close, over every brand', async () => {
    const { clock, allocate } = await world();
    const jobs = standardJobs(
      {
        dispatchReminders: {} as DispatchReminders,
        closeDay: {} as CloseDay,
        pruneOutbox: new PruneOutbox({ outboxStore: { prunePublished: async () => 0 }, clock, retentionHours: 1 }),
        allocateOverdueLoans: allocate,
      },
      { reminderEveryMs: 60_000, dayEndCloseAt: '23:50', timeZone: 'Asia/Kolkata', pruneEveryMs: 3_600_000 },
    );
    const job = jobs.find((j) => j.name === 'collection-allocation');
    expect(job?.schedule).toEqual({ kind: 'daily', at: '00:05', timeZone: 'Asia/Kolkata' });
    expect(await job?.run(T0)).toEqual({ brands: 1, assigned: 1, left: 0 });
    expect(await job?.run(T0)).toEqual({ brands: 1, assigned: 0, left: 0 });
  });
});
