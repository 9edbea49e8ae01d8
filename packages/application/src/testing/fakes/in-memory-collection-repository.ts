import type { LoanSnapshot } from '@los/domain';
import type { CollectionProfile, CollectionRepository, CollectorLoan, UnassignedOverdueLoan } from '../../ports/collection-repository.js';
import { type InMemoryTables, requireRow } from './in-memory-tables.js';

const byDpdThenId = (a: { daysPastDue: number; loanId: string }, b: { daysPastDue: number; loanId: string }) =>
  b.daysPastDue - a.daysPastDue || (a.loanId < b.loanId ? -1 : a.loanId > b.loanId ? 1 : 0);

/** Collection profiles and collectors' loads in memory (the unit of work already runs one transaction at a time). */
export class InMemoryCollectionRepository implements CollectionRepository {
  constructor(private readonly tables: InMemoryTables) {}

  async saveProfile(brandId: string, profile: CollectionProfile, _at: Date): Promise<void> {
    requireRow(this.tables.brands.has(brandId), `brand ${brandId}`);
    requireRow(this.tables.staff.has(profile.userId), `staff user ${profile.userId}`);
    this.tables.collectionProfiles.set(`${brandId}|${profile.userId}`, { brandId, ...profile, locations: [...profile.locations] });
  }

  async listProfiles(brandId: string): Promise<CollectionProfile[]> {
    return [...this.tables.collectionProfiles.values()]
      .filter((p) => p.brandId === brandId)
      .sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0))
      .map(({ brandId: _b, ...p }) => ({ ...p, locations: [...p.locations] }));
  }

  async listUnassignedOverdue(brandId: string, limit: number): Promise<UnassignedOverdueLoan[]> {
    return this.overdue(brandId)
      .filter((l) => l.collectorId === undefined)
      .map((l) => ({ loanId: l.id, daysPastDue: l.daysPastDue ?? 0, location: this.location(l) }))
      .sort(byDpdThenId)
      .slice(0, limit);
  }

  async overdueLoansByCollector(brandId: string): Promise<ReadonlyMap<string, number>> {
    const load = new Map<string, number>();
    for (const l of this.overdue(brandId)) if (l.collectorId !== undefined) load.set(l.collectorId, (load.get(l.collectorId) ?? 0) + 1);
    return load;
  }

  async listCollectorLoans(brandId: string, collectorId: string): Promise<CollectorLoan[]> {
    return this.overdue(brandId)
      .filter((l) => l.collectorId === collectorId)
      .map((l) => ({ loanId: l.id, customerId: l.customerId, daysPastDue: l.daysPastDue ?? 0, location: this.location(l), assignedAt: l.collectorAssignedAt ?? l.updatedAt }))
      .sort(byDpdThenId);
  }

  private overdue(brandId: string): LoanSnapshot[] {
    return [...this.tables.loans.values()].filter((l) => l.brandId === brandId && l.status === 'OVERDUE');
  }

  private location(loan: LoanSnapshot): string {
    return this.tables.applicants.get(loan.id)?.applicant.pincode ?? '';
  }
}
