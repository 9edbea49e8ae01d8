import type { AllocationRepository, BrandClosedDate, StaffUnavailability } from '@los/application';
import { type LocalDate, localDate } from '@los/domain';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';
import { isUuid } from './uuid.js';

/**
 * Allocation state in PostgreSQL. `lockBrand` takes the brand's `allocation_cursors` row with
 * SELECT … FOR UPDATE (creating it first if needed), so a second allocator of the brand waits for the
 * first one's commit; under READ COMMITTED its next statements then see the first one's assignment.
 */
export class PgAllocationRepository implements AllocationRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async lockBrand(brandId: string): Promise<{ readonly lastAssignedId: string | null }> {
    await this.db.insertInto('allocation_cursors').values({ brand_id: brandId, last_assigned_id: null }).onConflict((oc) => oc.column('brand_id').doNothing()).execute();
    const row = await this.db.selectFrom('allocation_cursors').select('last_assigned_id').where('brand_id', '=', brandId).forUpdate().executeTakeFirstOrThrow();
    return { lastAssignedId: row.last_assigned_id };
  }

  async saveCursor(brandId: string, lastAssignedId: string | null): Promise<void> {
    await this.db
      .insertInto('allocation_cursors')
      .values({ brand_id: brandId, last_assigned_id: lastAssignedId })
      .onConflict((oc) => oc.column('brand_id').doUpdateSet({ last_assigned_id: lastAssignedId }))
      .execute();
  }

  async listUnassignedLoanIds(brandId: string, limit: number): Promise<string[]> {
    if (!isUuid(brandId)) return [];
    const rows = await this.db
      .selectFrom('loans')
      .select('id')
      .where('brand_id', '=', brandId)
      .where('status', '=', 'UNDER_REVIEW')
      .where('assignee_id', 'is', null)
      .orderBy('applied_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  async openLoansByAssignee(brandId: string): Promise<ReadonlyMap<string, number>> {
    if (!isUuid(brandId)) return new Map();
    const rows = await this.db
      .selectFrom('loans')
      .select(['assignee_id', (eb) => eb.fn.countAll<string>().as('open')])
      .where('brand_id', '=', brandId)
      .where('status', '=', 'UNDER_REVIEW')
      .where('assignee_id', 'is not', null)
      .groupBy('assignee_id')
      .execute();
    return new Map(rows.map((r) => [r.assignee_id as string, Number(r.open)]));
  }

  async listUnavailability(brandId: string, from: LocalDate, to: LocalDate): Promise<StaffUnavailability[]> {
    if (!isUuid(brandId)) return [];
    const rows = await this.db
      .selectFrom('staff_unavailability')
      .select(['staff_id', 'date'])
      .where('brand_id', '=', brandId)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .orderBy('date')
      .orderBy('staff_id')
      .execute();
    return rows.map((r) => ({ staffId: r.staff_id, date: localDate(r.date) }));
  }

  async addUnavailability(brandId: string, entry: StaffUnavailability): Promise<boolean> {
    const inserted = await this.db
      .insertInto('staff_unavailability')
      .values({ brand_id: brandId, staff_id: entry.staffId, date: entry.date })
      .onConflict((oc) => oc.columns(['brand_id', 'staff_id', 'date']).doNothing())
      .executeTakeFirst();
    return inserted.numInsertedOrUpdatedRows === 1n;
  }

  async removeUnavailability(brandId: string, entry: StaffUnavailability): Promise<boolean> {
    const deleted = await this.db
      .deleteFrom('staff_unavailability')
      .where('brand_id', '=', brandId)
      .where('staff_id', '=', entry.staffId)
      .where('date', '=', entry.date)
      .executeTakeFirst();
    return deleted.numDeletedRows === 1n;
  }

  async listClosedDates(brandId: string, from: LocalDate, to: LocalDate): Promise<BrandClosedDate[]> {
    if (!isUuid(brandId)) return [];
    const rows = await this.db
      .selectFrom('brand_closed_dates')
      .select(['date', 'reason'])
      .where('brand_id', '=', brandId)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .orderBy('date')
      .execute();
    return rows.map((r) => ({ date: localDate(r.date), reason: r.reason }));
  }

  async addClosedDate(brandId: string, entry: BrandClosedDate): Promise<boolean> {
    const inserted = await this.db
      .insertInto('brand_closed_dates')
      .values({ brand_id: brandId, date: entry.date, reason: entry.reason })
      .onConflict((oc) => oc.columns(['brand_id', 'date']).doNothing())
      .executeTakeFirst();
    return inserted.numInsertedOrUpdatedRows === 1n;
  }

  async removeClosedDate(brandId: string, date: LocalDate): Promise<boolean> {
    const deleted = await this.db.deleteFrom('brand_closed_dates').where('brand_id', '=', brandId).where('date', '=', date).executeTakeFirst();
    return deleted.numDeletedRows === 1n;
  }
}
