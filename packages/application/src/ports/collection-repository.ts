/** A collection executive's profile on one brand: how well they collect, where they go, how much they may hold. */
export interface CollectionProfile {
  readonly userId: string;
  /** A decimal string between `"0"` and `"5"` with one decimal place, such as `"4.5"`. */
  readonly rating: string;
  /** Pincodes or cities the executive visits. */
  readonly locations: readonly string[];
  /** Most overdue loans they may hold; unlimited when absent. */
  readonly capacity?: number;
}

/** An overdue loan waiting for a collection executive. */
export interface UnassignedOverdueLoan {
  readonly loanId: string;
  readonly daysPastDue: number;
  /** The applicant's pincode, or `''` when none was given. */
  readonly location: string;
}

/** An overdue loan in a collection executive's list. */
export interface CollectorLoan {
  readonly loanId: string;
  readonly customerId: string;
  readonly daysPastDue: number;
  readonly location: string;
  readonly assignedAt: Date;
}

/**
 * The persisted side of collections. Allocation reads through it after `AllocationRepository.lockBrand`,
 * in the same transaction, so two runs for one brand read loads one after the other.
 */
export interface CollectionRepository {
  /** Creates or replaces the profile of a member of the brand's staff. */
  saveProfile(brandId: string, profile: CollectionProfile, at: Date): Promise<void>;
  /** The brand's profiles, by user id. */
  listProfiles(brandId: string): Promise<CollectionProfile[]>;
  /** The brand's OVERDUE loans with no collector, most days past due first, then by id. */
  listUnassignedOverdue(brandId: string, limit: number): Promise<UnassignedOverdueLoan[]>;
  /** OVERDUE loans per collector. */
  overdueLoansByCollector(brandId: string): Promise<ReadonlyMap<string, number>>;
  /** The OVERDUE loans one collector holds, most days past due first, then by id. */
  listCollectorLoans(brandId: string, collectorId: string): Promise<CollectorLoan[]>;
}
