import { type LocalDate, localDate } from '@los/domain';
import type { AllocationRepository, BrandClosedDate, StaffUnavailability } from '../../ports/allocation-repository.js';
import { type InMemoryTables, requireRow } from './in-memory-tables.js';

const dayKey = (brandId: string, e: StaffUnavailability) => `${brandId}|${e.staffId}|${e.date}`;

/**
 * Allocation state in memory. The in-memory unit of work already runs one transaction at a time, so
 * `lockBrand` only reads: the serialisation PostgreSQL gets from a row lock comes for free here.
 */
export class InMemoryAllocationRepository implements AllocationRepository {
  constructor(private readonly tables: InMemoryTables) {}

  async lockBrand(brandId: string): Promise<{ readonly lastAssignedId: string | null }> {
    requireRow(this.tables.brands.has(brandId), `brand ${brandId}`);
    return { lastAssignedId: this.tables.allocationCursors.get(brandId) ?? null };
  }

  async saveCursor(brandId: string, lastAssignedId: string | null): Promise<void> {
    requireRow(this.tables.brands.has(brandId), `brand ${brandId}`);
    this.tables.allocationCursors.set(brandId, lastAssignedId);
  }

  async listUnassignedLoanIds(brandId: string, limit: number): Promise<string[]> {
    return [...this.tables.loans.values()]
      .filter((l) => l.brandId === brandId && l.status === 'UNDER_REVIEW' && l.assigneeId === undefined)
      .sort((a, b) => a.appliedAt.getTime() - b.appliedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit)
      .map((l) => l.id);
  }

  async openLoansByAssignee(brandId: string): Promise<ReadonlyMap<string, number>> {
    const load = new Map<string, number>();
    for (const loan of this.tables.loans.values()) {
      if (loan.brandId !== brandId || loan.status !== 'UNDER_REVIEW' || loan.assigneeId === undefined) continue;
      load.set(loan.assigneeId, (load.get(loan.assigneeId) ?? 0) + 1);
    }
    return load;
  }

  async listUnavailability(brandId: string, from: LocalDate, to: LocalDate): Promise<StaffUnavailability[]> {
    return [...this.tables.unavailability.values()]
      .filter((u) => u !== null)
      .filter((u) => u.brandId === brandId && u.date >= from && u.date <= to)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0))
      .map(({ staffId, date }) => ({ staffId, date }));
  }

  async addUnavailability(brandId: string, entry: StaffUnavailability): Promise<boolean> {
    requireRow(this.tables.brands.has(brandId), `brand ${brandId}`);
    requireRow(this.tables.staff.has(entry.staffId), `staff user ${entry.staffId}`);
    const k = dayKey(brandId, entry);
    if (this.tables.unavailability.get(k)) return false;
    this.tables.unavailability.set(k, { brandId, staffId: entry.staffId, date: entry.date });
    return true;
  }

  async removeUnavailability(brandId: string, entry: StaffUnavailability): Promise<boolean> {
    const k = dayKey(brandId, entry);
    if (!this.tables.unavailability.get(k)) return false;
    this.tables.unavailability.set(k, null);
    return true;
  }

  async listClosedDates(brandId: string, from: LocalDate, to: LocalDate): Promise<BrandClosedDate[]> {
    return [...this.tables.closedDates.values()]
      .filter((d) => d !== null && d.brandId === brandId && d.date >= from && d.date <= to)
      .map((d) => ({ date: localDate(d!.date), reason: d!.reason }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  async addClosedDate(brandId: string, entry: BrandClosedDate): Promise<boolean> {
    requireRow(this.tables.brands.has(brandId), `brand ${brandId}`);
    const k = `${brandId}|${entry.date}`;
    if (this.tables.closedDates.get(k)) return false;
    this.tables.closedDates.set(k, { brandId, date: entry.date, reason: entry.reason });
    return true;
  }

  async removeClosedDate(brandId: string, date: LocalDate): Promise<boolean> {
    const k = `${brandId}|${date}`;
    if (!this.tables.closedDates.get(k)) return false;
    this.tables.closedDates.set(k, null);
    return true;
  }
}
