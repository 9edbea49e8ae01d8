import type { LocalDate } from '../local-date.js';

/** What every allocation policy needs to know about a member of staff. */
export interface StaffMember {
  readonly id: string;
  /** The brands this person is assigned to; they never receive another brand's loans. */
  readonly brandIds: readonly string[];
  /** Dates this person is unavailable (leave, training). */
  readonly unavailableOn: readonly LocalDate[];
}

/** Why a loan was left for a later run. */
export type UnassignedReason = 'BRAND_UNAVAILABLE' | 'NO_ELIGIBLE_STAFF';

/** A loan the policy could not place, with the reason. */
export interface Unassigned {
  readonly loanId: string;
  readonly reason: UnassignedReason;
}

/** One placement. */
export interface Assignment {
  readonly loanId: string;
  readonly staffId: string;
}

/** Staff who serve the brand and are available on the date, sorted by id so rotation order is stable. */
export function availableStaff<S extends StaffMember>(staff: readonly S[], brandId: string, date: LocalDate): S[] {
  return staff.filter((s) => s.brandIds.includes(brandId) && !s.unavailableOn.includes(date)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
