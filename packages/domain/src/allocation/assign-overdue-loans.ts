import type { LocalDate } from '../local-date.js';
import { Decimal } from '../money/decimal.js';
import { availableStaff, type Assignment, type StaffMember, type Unassigned } from './staff-availability.js';

/** A collection executive: load, capacity, rating and the locations they cover. */
export interface CollectionExecutive extends StaffMember {
  readonly currentLoad: number;
  /** Most loans they may hold; unlimited when absent. */
  readonly capacity?: number;
  /** A decimal string such as `"4.5"`: higher is better. */
  readonly rating: string;
  /** Pincodes, cities or zones they visit. */
  readonly locations: readonly string[];
}

/** An overdue loan to place. */
export interface OverdueLoan {
  readonly id: string;
  readonly location: string;
  readonly dpd: number;
}

/** Everything the collection policy looks at, read in one consistent snapshot. */
export interface OverdueSnapshot {
  readonly brandId: string;
  readonly date: LocalDate;
  readonly brandUnavailableDates: readonly LocalDate[];
  readonly executives: readonly CollectionExecutive[];
  readonly loans: readonly OverdueLoan[];
  /** When nobody covers a loan's location: give it to the best executive anywhere, or leave it. */
  readonly outsideLocation: 'assign-anywhere' | 'leave-unassigned';
}

/** The placements and the loans left for later. */
export interface OverdueAllocation {
  readonly assignments: readonly Assignment[];
  readonly unassigned: readonly Unassigned[];
}

/**
 * Places overdue loans with collection executives. The most overdue loans go first; each goes to an
 * available executive of the brand who covers its location and has room, choosing the lowest current
 * load, then the highest rating, then the id. Pure: the caller persists the result.
 * @example
 * const { assignments, unassigned } = assignOverdueLoans({ brandId, date, brandUnavailableDates: [], executives, loans, outsideLocation: 'leave-unassigned' });
 */
export function assignOverdueLoans(snapshot: OverdueSnapshot): OverdueAllocation {
  const loans = [...snapshot.loans].sort((a, b) => b.dpd - a.dpd || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (snapshot.brandUnavailableDates.includes(snapshot.date)) {
    return { assignments: [], unassigned: loans.map((l) => ({ loanId: l.id, reason: 'BRAND_UNAVAILABLE' })) };
  }
  const staff = availableStaff(snapshot.executives, snapshot.brandId, snapshot.date).map((s) => ({ ...s, rank: new Decimal(s.rating), load: s.currentLoad }));
  const assignments: Assignment[] = [];
  const unassigned: Unassigned[] = [];
  for (const loan of loans) {
    const withRoom = staff.filter((s) => s.capacity === undefined || s.load < s.capacity);
    const local = withRoom.filter((s) => s.locations.includes(loan.location));
    const pool = local.length > 0 || snapshot.outsideLocation === 'leave-unassigned' ? local : withRoom;
    const best = pool.reduce<(typeof staff)[number] | undefined>((acc, s) => (acc === undefined || better(s, acc) ? s : acc), undefined);
    if (!best) {
      unassigned.push({ loanId: loan.id, reason: 'NO_ELIGIBLE_STAFF' });
      continue;
    }
    best.load += 1;
    assignments.push({ loanId: loan.id, staffId: best.id });
  }
  return { assignments, unassigned };
}

function better(a: { load: number; rank: Decimal; id: string }, b: { load: number; rank: Decimal; id: string }): boolean {
  if (a.load !== b.load) return a.load < b.load;
  const byRating = a.rank.cmp(b.rank);
  if (byRating !== 0) return byRating > 0;
  return a.id < b.id;
}
