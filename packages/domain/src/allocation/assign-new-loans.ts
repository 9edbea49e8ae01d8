import type { LocalDate } from '../local-date.js';
import { availableStaff, type Assignment, type StaffMember, type Unassigned } from './staff-availability.js';

/** A loan executive with their current workload. */
export interface LoanExecutive extends StaffMember {
  /** Loans currently in their queue. */
  readonly openLoans: number;
}

/** Everything the new-loan policy looks at, read in one consistent snapshot. */
export interface NewLoanSnapshot {
  readonly brandId: string;
  readonly date: LocalDate;
  /** Dates the brand does not allocate (holidays, office closures). */
  readonly brandUnavailableDates: readonly LocalDate[];
  readonly executives: readonly LoanExecutive[];
  /** Who received the brand's previous loan: the round-robin continues after them. */
  readonly lastAssignedId: string | null;
  /** Loans to place, in arrival order. */
  readonly loans: readonly { readonly id: string }[];
}

/** The placements, the loans left for later, and the new round-robin position to store. */
export interface NewLoanAllocation {
  readonly assignments: readonly Assignment[];
  readonly unassigned: readonly Unassigned[];
  readonly lastAssignedId: string | null;
}

/**
 * Places new loans with loan executives: round-robin among the least-loaded executives who serve the
 * brand and are available on the date; nothing is placed on the brand's unavailable dates. Pure: the
 * caller persists the result (and makes concurrent runs safe).
 * @example
 * const { assignments, lastAssignedId } = assignNewLoans({ brandId, date, brandUnavailableDates, executives, lastAssignedId: stored, loans });
 */
export function assignNewLoans(snapshot: NewLoanSnapshot): NewLoanAllocation {
  const { loans } = snapshot;
  if (snapshot.brandUnavailableDates.includes(snapshot.date)) {
    return { assignments: [], unassigned: loans.map((l) => ({ loanId: l.id, reason: 'BRAND_UNAVAILABLE' })), lastAssignedId: snapshot.lastAssignedId };
  }
  const staff = availableStaff(snapshot.executives, snapshot.brandId, snapshot.date);
  if (staff.length === 0) {
    return { assignments: [], unassigned: loans.map((l) => ({ loanId: l.id, reason: 'NO_ELIGIBLE_STAFF' })), lastAssignedId: snapshot.lastAssignedId };
  }
  const load = staff.map((s) => s.openLoans);
  // The rotation resumes after the last assignee; if they left the pool, after where they would sort.
  let cursor = snapshot.lastAssignedId === null ? -1 : lastIndexAtOrBefore(staff, snapshot.lastAssignedId);
  const assignments: Assignment[] = [];
  for (const loan of loans) {
    const least = Math.min(...load);
    let chosen = -1;
    for (let step = 1; step <= staff.length; step++) {
      const i = (cursor + step) % staff.length;
      if (load[i] === least) {
        chosen = i;
        break;
      }
    }
    load[chosen]! += 1;
    cursor = chosen;
    assignments.push({ loanId: loan.id, staffId: staff[chosen]!.id });
  }
  return { assignments, unassigned: [], lastAssignedId: cursor < 0 ? snapshot.lastAssignedId : staff[cursor]!.id };
}

function lastIndexAtOrBefore(staff: readonly StaffMember[], id: string): number {
  let index = -1;
  staff.forEach((s, i) => {
    if (s.id <= id) index = i;
  });
  return index;
}
