import { type Loan, type LocalDate, assignNewLoans } from '@los/domain';
import type { Repositories } from '../../ports/unit-of-work.js';

/** Where a new loan went: an executive, or nowhere yet and why. */
export type AllocationResult = { readonly assigneeId: string } | { readonly unassigned: 'BRAND_UNAVAILABLE' | 'NO_ELIGIBLE_STAFF' };

/**
 * Places a loan that just went UNDER_REVIEW with one of the brand's loan executives, inside the caller's
 * transaction. The brand's allocation state is locked first, so a concurrent decision waits and then
 * reads the loads this one leaves: two loans decided at once are balanced like two decided in turn.
 */
export async function allocateNewLoan(repos: Repositories, loan: Loan, date: LocalDate, at: Date): Promise<AllocationResult> {
  const brandId = loan.brandId;
  const { lastAssignedId } = await repos.allocation.lockBrand(brandId);
  const [staff, loads, unavailable, closed] = await Promise.all([
    repos.staff.listByBrand(brandId),
    repos.allocation.openLoansByAssignee(brandId),
    repos.allocation.listUnavailability(brandId, date, date),
    repos.allocation.listClosedDates(brandId, date, date),
  ]);
  const executives = staff
    .filter((s) => s.active && s.roles.some((r) => r.brandId === brandId && r.role === 'LOAN_EXECUTIVE'))
    .map((s) => ({
      id: s.id,
      brandIds: [brandId],
      unavailableOn: unavailable.filter((u) => u.staffId === s.id).map((u) => u.date),
      openLoans: loads.get(s.id) ?? 0,
    }));
  const result = assignNewLoans({ brandId, date, brandUnavailableDates: closed.map((c) => c.date), executives, lastAssignedId, loans: [{ id: loan.id }] });
  const placed = result.assignments[0];
  if (!placed) return { unassigned: result.unassigned[0]?.reason ?? 'NO_ELIGIBLE_STAFF' };
  loan.assign(placed.staffId, at);
  await repos.allocation.saveCursor(brandId, result.lastAssignedId);
  return { assigneeId: placed.staffId };
}
