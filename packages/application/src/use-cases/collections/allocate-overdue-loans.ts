import { type Result, assignOverdueLoans, err, ok } from '@los/domain';
import { type Actor, staffAccess } from '../../auth/actor.js';
import type { Clock } from '../../ports/clock.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { LifecycleRepositories, LifecycleUnitOfWork } from '../../ports/loan-lifecycle-repository.js';
import type { BrandAccessError } from '../decisioning/brand-access.js';
import { commitAssignment } from '../decisioning/commit-assignment.js';
import { type JobFailure, JobIncompleteError, failureMessage } from '../jobs/scheduled-job.js';
import { businessDate } from '../loans/business-date.js';

/** How many overdue loans found a collection executive, and how many still wait. */
export interface CollectionAllocationRun {
  readonly assigned: number;
  readonly left: number;
}

/** The roles that may run collections allocation by hand (besides ADMIN and SUPER_ADMIN). */
const MANAGERS = ['COLLECTION_MANAGER', 'COLLECTION_HEAD'] as const;

/**
 * Places the brand's overdue loans that have no collector with its collection executives, by the pure
 * `assignOverdueLoans` policy (most overdue first; lowest load, then highest rating; the loan's pincode
 * preferred). The brand's allocation row is locked first and every assignment is saved in the same
 * transaction, so two runs at once assign each loan once and read each other's loads. A collection
 * manager, head or admin runs it; the worker runs it for every brand after the day-end close. Given the
 * lifecycle unit of work, each assignment is on the loan's timeline and in the audit log (with the staff who
 * ran it, or no actor for the schedule).
 */
export class AllocateOverdueLoans {
  constructor(private readonly deps: { readonly unitOfWork: LifecycleUnitOfWork; readonly ids: IdGenerator; readonly clock: Clock; readonly timeZone: string }) {}

  async execute(input: { readonly actor: Actor; readonly brandId: string; readonly limit?: number }): Promise<Result<CollectionAllocationRun, BrandAccessError>> {
    return this.deps.unitOfWork.run(async (repos) => {
      const access = staffAccess(input.actor, input.brandId, 'collections');
      if (access === 'none') return err({ code: 'BRAND_NOT_FOUND' as const });
      if (access === 'forbidden' || !mayAllocate(input.actor, input.brandId)) return err({ code: 'FORBIDDEN' as const });
      if (!(await repos.brands.findById(input.brandId))) return err({ code: 'BRAND_NOT_FOUND' as const });
      return ok(await this.allocate(repos, input.brandId, input.limit ?? 500, input.actor.kind === 'staff' ? input.actor.userId : undefined, input.actor.requestId));
    });
  }

  /**
   * The scheduled run: every brand, each in its own transaction. A brand that fails does not stop the others;
   * once every brand was attempted the run throws `JobIncompleteError` naming the failed brands (with the
   * counts of the rest), so the job run is recorded failed and alerting sees it.
   */
  async executeForAllBrands(): Promise<CollectionAllocationRun & { readonly brands: number }> {
    const brands = await this.deps.unitOfWork.run((repos) => repos.brands.list());
    let assigned = 0;
    let left = 0;
    const failures: JobFailure[] = [];
    for (const brand of brands) {
      try {
        const run = await this.deps.unitOfWork.run((repos) => this.allocate(repos, brand.id, 500, undefined));
        assigned += run.assigned;
        left += run.left;
      } catch (error) {
        failures.push({ brandId: brand.id, error: failureMessage(error) });
      }
    }
    const counts = { brands: brands.length, assigned, left };
    if (failures.length > 0) throw new JobIncompleteError('collection allocation', { ...counts, brandsFailed: failures.length }, failures);
    return counts;
  }

  /** Allocates one brand in the caller's transaction; `actorId` is the staff who ran it, none for the schedule. */
  private async allocate(repos: LifecycleRepositories, brandId: string, limit: number, actorId: string | undefined, requestId?: string): Promise<CollectionAllocationRun> {
    await repos.allocation.lockBrand(brandId);
    const now = this.deps.clock.now();
    const date = businessDate(now, this.deps.timeZone);
    const [waiting, staff, profiles, loads, unavailable, closed] = await Promise.all([
      repos.collections.listUnassignedOverdue(brandId, limit),
      repos.staff.listByBrand(brandId),
      repos.collections.listProfiles(brandId),
      repos.collections.overdueLoansByCollector(brandId),
      repos.allocation.listUnavailability(brandId, date, date),
      repos.allocation.listClosedDates(brandId, date, date),
    ]);
    if (waiting.length === 0) return { assigned: 0, left: 0 };
    const executives = staff
      .filter((s) => s.active && s.roles.some((r) => r.brandId === brandId && r.role === 'COLLECTION_EXECUTIVE'))
      .map((s) => {
        const profile = profiles.find((p) => p.userId === s.id);
        return {
          id: s.id,
          brandIds: [brandId],
          unavailableOn: unavailable.filter((u) => u.staffId === s.id).map((u) => u.date),
          currentLoad: loads.get(s.id) ?? 0,
          rating: profile?.rating ?? '0',
          locations: profile?.locations ?? [],
          ...(profile?.capacity === undefined ? {} : { capacity: profile.capacity }),
        };
      });
    const result = assignOverdueLoans({
      brandId,
      date,
      brandUnavailableDates: closed.map((c) => c.date),
      executives,
      loans: waiting.map((l) => ({ id: l.loanId, location: l.location, dpd: l.daysPastDue })),
      outsideLocation: 'assign-anywhere',
    });
    for (const placed of result.assignments) {
      const loan = await repos.loans.findById(brandId, placed.loanId);
      if (!loan) continue;
      loan.assignCollector(placed.staffId, now);
      await commitAssignment(repos, loan, this.deps.ids, actorId, requestId);
    }
    return { assigned: result.assignments.length, left: result.unassigned.length };
  }
}

function mayAllocate(actor: Actor, brandId: string): boolean {
  if (actor.kind !== 'staff') return false;
  if (actor.superAdmin) return true;
  return actor.roles.some((r) => r.brandId === brandId && (r.role === 'ADMIN' || (MANAGERS as readonly string[]).includes(r.role)));
}
