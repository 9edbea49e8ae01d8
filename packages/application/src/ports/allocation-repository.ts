import type { LocalDate } from '@los/domain';

/** One day a member of staff does not take new loans. */
export interface StaffUnavailability {
  readonly staffId: string;
  readonly date: LocalDate;
}

/**
 * The persisted side of new-loan allocation. `lockBrand` serialises allocators of one brand for the rest
 * of the transaction, so concurrent decisions read loads and the round-robin position one after another.
 */
export interface AllocationRepository {
  /** Locks the brand's allocation state until the transaction ends and returns the round-robin position. */
  lockBrand(brandId: string): Promise<{ readonly lastAssignedId: string | null }>;
  /** Stores the round-robin position (call after `lockBrand` in the same transaction). */
  saveCursor(brandId: string, lastAssignedId: string | null): Promise<void>;
  /** Ids of the brand's loans UNDER_REVIEW with no assignee, oldest application first. */
  listUnassignedLoanIds(brandId: string, limit: number): Promise<string[]>;
  /** Loans UNDER_REVIEW per assignee. */
  openLoansByAssignee(brandId: string): Promise<ReadonlyMap<string, number>>;
  /** Unavailable days of the brand's staff between `from` and `to` inclusive, by date then staff id. */
  listUnavailability(brandId: string, from: LocalDate, to: LocalDate): Promise<StaffUnavailability[]>;
  /** Marks a day; false when it was already marked. */
  addUnavailability(brandId: string, entry: StaffUnavailability): Promise<boolean>;
  /** Clears a day; false when it was not marked. */
  removeUnavailability(brandId: string, entry: StaffUnavailability): Promise<boolean>;
  /** The brand's closed days (holidays, shutdowns) between `from` and `to` inclusive, in date order. */
  listClosedDates(brandId: string, from: LocalDate, to: LocalDate): Promise<BrandClosedDate[]>;
  /** Marks a closed day; false when it was already marked. */
  addClosedDate(brandId: string, entry: BrandClosedDate): Promise<boolean>;
  /** Reopens a day; false when it was not closed. */
  removeClosedDate(brandId: string, date: LocalDate): Promise<boolean>;
}

/** A day the whole brand does not work: no new loans are allocated on it. */
export interface BrandClosedDate {
  readonly date: LocalDate;
  readonly reason: string;
}
