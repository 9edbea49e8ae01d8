import { type LoanProduct, Loan, type LocalDate, Money, Rate, plusDays } from '@los/domain';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import type { LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import { type InMemoryStore, createInMemoryStore } from '../../testing/fakes/create-in-memory-store.js';
import { InMemoryJobRunStore } from '../../testing/fakes/in-memory-job-run-store.js';
import { InMemoryLeaderLock } from '../../testing/fakes/in-memory-leader-election.js';
import { InMemoryLifecycleUnitOfWork } from '../../testing/fakes/in-memory-lifecycle-unit-of-work.js';
import { InMemoryTables } from '../../testing/fakes/in-memory-tables.js';
import { InMemoryUnitOfWork } from '../../testing/fakes/in-memory-unit-of-work.js';
import { seedDisbursedLoan, seedRepayment } from '../../testing/contracts/seed-disbursed-loan.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { SequentialIdGenerator } from '../../testing/fakes/sequential-id-generator.js';
import type { DispatchReminders } from '../jobs/dispatch-reminders.js';
import { CloseDay } from '../jobs/close-day.js';
import { PruneOutbox } from '../jobs/prune-outbox.js';
import { RunDueJobs } from '../jobs/run-due-jobs.js';
import { JobIncompleteError } from '../jobs/scheduled-job.js';
import { standardJobs } from '../jobs/standard-jobs.js';
import { AllocateOverdueLoans } from './allocate-overdue-loans.js';
import { ListMyCollectionLoans } from './list-my-collection-loans.js';
import { SetCollectionProfile } from './set-collection-profile.js';

const T0 = new Date('2026-06-15T09:00:00.000Z');
const BRAND = '00000000-0000-4000-8000-0000000000b1';
const as = (userId: string, role: 'ADMIN' | 'COLLECTION_EXECUTIVE' | 'COLLECTION_MANAGER', brandId = BRAND): Actor => ({ kind: 'staff', userId, superAdmin: false, roles: [{ brandId, role }] });

/** A brand with one collection executive and one overdue loan nobody collects yet. */
async function seedBrand(r: InMemoryStore['repositories'], ids: SequentialIdGenerator, brandId: string, code: string) {
  await r.brands.add({ id: brandId, code, name: code, createdAt: T0 });
  const product: LoanProduct = { id: ids.next(), brandId, code: 'sa', name: 'SA', currency: 'INR', minAmount: Money.of('1000'), maxAmount: Money.of('50000'), tenureUnit: 'DAY', allowedTenures: [30], annualRate: Rate.percent('30'), processingFee: { kind: 'FLAT', amount: Money.of('10') }, active: true };
  await r.brands.addProduct(product);
  const customer = await r.customers.addOrGet({ id: ids.next(), brandId, phone: '+919812345678', createdAt: T0 });
  const collector = ids.next();
  await r.staff.add({ id: collector, email: `c@${code}.test`, name: 'C', passwordHash: 'x', superAdmin: false, roles: [{ brandId, role: 'COLLECTION_EXECUTIVE' }], active: true, createdAt: T0 });
  const loanId = ids.next();
  await r.loans.add(Loan.rehydrate({ id: loanId, brandId, customerId: customer.id, productId: product.id, amount: Money.of('20000'), tenure: 30, status: 'OVERDUE', rejectionReasons: [], appliedAt: T0, updatedAt: T0, daysPastDue: 7, version: 0 }));
  return { collector, loanId };
}

async function world() {
  const store = createInMemoryStore();
  const ids = new SequentialIdGenerator(51);
  const { collector, loanId } = await seedBrand(store.repositories, ids, BRAND, 'ACME');
  const clock = new FixedClock(T0);
  const lifecycle = new InMemoryLifecycleUnitOfWork(store.unitOfWork);
  const allocate = new AllocateOverdueLoans({ unitOfWork: lifecycle, ids, clock, timeZone: 'Asia/Kolkata' });
  return { store, lifecycle, ids, collector, loanId, clock, allocate };
}

/** A unit of work in which locking `brokenBrand`'s allocation row fails, as a broken brand's would. */
function failingBrand(unitOfWork: LifecycleUnitOfWork, brokenBrand: string): LifecycleUnitOfWork {
  return {
    run: (work) =>
      unitOfWork.run((repos) =>
        work({
          ...repos,
          allocation: new Proxy(repos.allocation, {
            get: (target, prop, receiver) =>
              prop === 'lockBrand' ? (b: string) => (b === brokenBrand ? Promise.reject(new Error('allocation row unreadable')) : target.lockBrand(b)) : Reflect.get(target, prop, receiver),
          }),
        }),
      ),
  };
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

  it('attempts every brand when one fails, names the failed brand, and reports the run failed with the others\' counts', async () => {
    const { store, lifecycle, ids, clock } = await world();
    const later = '00000000-0000-4000-8000-0000000000b3';
    const { collector, loanId } = await seedBrand(store.repositories, ids, later, 'LATER');
    // Brands are listed in id order, so the broken one comes before the later one.
    const allocate = new AllocateOverdueLoans({ unitOfWork: failingBrand(lifecycle, BRAND), ids, clock, timeZone: 'Asia/Kolkata' });
    const failure = await allocate.executeForAllBrands().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(JobIncompleteError);
    expect(failure).toMatchObject({ counts: { brands: 2, assigned: 1, left: 0, brandsFailed: 1 }, failures: [{ brandId: BRAND, error: 'Error: allocation row unreadable' }] });
    expect((await store.repositories.loans.findById(later, loanId))?.toSnapshot().collectorId).toBe(collector);

    const job = standardJobs({ dispatchReminders: {} as DispatchReminders, closeDay: {} as CloseDay, pruneOutbox: {} as PruneOutbox, allocateOverdueLoans: allocate }, { reminderEveryMs: 60_000, dayEndCloseAt: '23:50', timeZone: 'Asia/Kolkata', pruneEveryMs: 3_600_000 }).find((j) => j.name === 'collection-allocation');
    const jobRuns = new InMemoryJobRunStore();
    const run = await new RunDueJobs({ leader: new InMemoryLeaderLock().candidate(), jobRuns, clock, ids, jobs: [job!], runner: 'test' }).runOne(job!);
    expect(run).toMatchObject({ outcome: 'failed', counts: { brands: 2, assigned: 0, left: 0, brandsFailed: 1 } });
    expect(run.error).toContain(`brand ${BRAND}: Error: allocation row unreadable`);
  });

  it('releases the collector when the day-end close cures the loan: off their list, on the timeline, and unassigned should it fall overdue again', async () => {
    const unitOfWork = new InMemoryLifecycleUnitOfWork(new InMemoryUnitOfWork(new InMemoryTables()));
    const loan = await seedDisbursedLoan(unitOfWork, { disbursedOn: '2026-01-05' as LocalDate });
    const collector = 'u-collector';
    await unitOfWork.run((r) => r.staff.add({ id: collector, email: 'c@servicing.test', name: 'C', passwordHash: 'x', superAdmin: false, roles: [{ brandId: loan.brandId, role: 'COLLECTION_EXECUTIVE' }], active: true, createdAt: T0 }));
    const ids = new SequentialIdGenerator(0xc0);
    const clock = new FixedClock();
    const closeOn = (day: LocalDate) => {
      clock.set(new Date(`${day}T23:30:00+05:30`));
      return new CloseDay({ unitOfWork, clock, ids, timeZone: 'Asia/Kolkata' }).execute({ now: clock.now() });
    };
    const mine = async () => {
      const r = await new ListMyCollectionLoans({ unitOfWork }).execute({ actor: as(collector, 'COLLECTION_EXECUTIVE', loan.brandId), brandId: loan.brandId });
      return r.ok ? r.value.map((l) => l.loanId) : r.error;
    };
    const [first, second] = loan.schedule.rows as [(typeof loan.schedule.rows)[0], (typeof loan.schedule.rows)[0]];

    expect(await closeOn(plusDays(first.dueDate as LocalDate, 1))).toMatchObject({ loansMarkedOverdue: 1 });
    const allocate = new AllocateOverdueLoans({ unitOfWork, ids, clock, timeZone: 'Asia/Kolkata' });
    expect(await allocate.execute({ actor: as('m', 'COLLECTION_MANAGER', loan.brandId), brandId: loan.brandId })).toEqual({ ok: true, value: { assigned: 1, left: 0 } });
    expect(await mine()).toEqual([loan.loanId]);

    await seedRepayment(unitOfWork, loan, first.total, plusDays(first.dueDate as LocalDate, 2));
    expect(await closeOn(plusDays(first.dueDate as LocalDate, 2))).toMatchObject({ loansCured: 1 });
    expect(await mine()).toEqual([]);
    const timeline = await unitOfWork.run((r) => r.lifecycle.timeline(loan.brandId, loan.loanId));
    expect(timeline.slice(-2).map((e) => [e.type, e.status, e.details])).toEqual([
      ['loan.arrears_cleared', 'ACTIVE', {}],
      ['loan.collector_released', 'ACTIVE', { collectorId: collector, reason: 'ARREARS_CLEARED' }],
    ]);

    // Overdue again: nobody holds it until the next allocation places it.
    expect(await closeOn(plusDays(second.dueDate as LocalDate, 1))).toMatchObject({ loansMarkedOverdue: 1 });
    expect(await mine()).toEqual([]);
    expect((await unitOfWork.run((r) => r.collections.listUnassignedOverdue(loan.brandId, 10))).map((l) => l.loanId)).toEqual([loan.loanId]);
  });

  it('audits each overdue assignment: with the manager who ran the allocation, and with no actor when the schedule ran it', async () => {
    const unitOfWork = new InMemoryLifecycleUnitOfWork(new InMemoryUnitOfWork(new InMemoryTables()));
    const loans = [await seedDisbursedLoan(unitOfWork, { disbursedOn: '2026-01-05' as LocalDate }), await seedDisbursedLoan(unitOfWork, { disbursedOn: '2026-01-05' as LocalDate })];
    const ids = new SequentialIdGenerator(0xa0);
    const clock = new FixedClock();
    clock.set(new Date(`${plusDays(loans[0]!.schedule.rows[0]!.dueDate as LocalDate, 1)}T23:30:00+05:30`));
    await new CloseDay({ unitOfWork, clock, ids, timeZone: 'Asia/Kolkata' }).execute({ now: clock.now() });
    for (const [i, loan] of loans.entries()) {
      await unitOfWork.run((r) => r.staff.add({ id: `u-c${i}`, email: `c${i}@servicing.test`, name: 'C', passwordHash: 'x', superAdmin: false, roles: [{ brandId: loan.brandId, role: 'COLLECTION_EXECUTIVE' }], active: true, createdAt: T0 }));
    }
    const allocate = new AllocateOverdueLoans({ unitOfWork, ids, clock, timeZone: 'Asia/Kolkata' });
    const [byHand, bySchedule] = loans as [(typeof loans)[0], (typeof loans)[0]];
    expect(await allocate.execute({ actor: as('u-manager', 'COLLECTION_MANAGER', byHand.brandId), brandId: byHand.brandId })).toEqual({ ok: true, value: { assigned: 1, left: 0 } });
    expect(await allocate.executeForAllBrands()).toEqual({ brands: 2, assigned: 1, left: 0 });
    const audited = (loan: (typeof loans)[0]) => unitOfWork.run((r) => r.lifecycle.auditTrail(loan.brandId, { entityId: loan.loanId, limit: 10, offset: 0 }));
    expect((await audited(byHand)).filter((a) => a.action === 'loan.collector_assigned')).toEqual([
      expect.objectContaining({ actorId: 'u-manager', entityType: 'loan', before: { status: 'OVERDUE', version: expect.any(Number) }, after: { status: 'OVERDUE', version: expect.any(Number) } }),
    ]);
    const [scheduled] = (await audited(bySchedule)).filter((a) => a.action === 'loan.collector_assigned');
    expect(scheduled).toMatchObject({ entityId: bySchedule.loanId, after: { status: 'OVERDUE' } });
    expect(scheduled).not.toHaveProperty('actorId');
  });
});
