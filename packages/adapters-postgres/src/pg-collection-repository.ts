import type { CollectionProfile, CollectionRepository, CollectorLoan, UnassignedOverdueLoan } from '@los/application';
import { Decimal } from '@los/domain';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';
import { exactDecimal } from './exact-decimal.js';
import { isUuid } from './uuid.js';

/**
 * Collection profiles and collectors' loads in PostgreSQL. Allocation calls these after locking the brand's
 * `allocation_cursors` row, so under READ COMMITTED a second run reads the collectors the first one set.
 */
export class PgCollectionRepository implements CollectionRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async saveProfile(brandId: string, profile: CollectionProfile, at: Date): Promise<void> {
    const values = {
      rating: exactDecimal(new Decimal(profile.rating), 1, 'collection rating'),
      locations: [...profile.locations],
      capacity: profile.capacity ?? null,
      updated_at: at,
    };
    await this.db
      .insertInto('collection_profiles')
      .values({ brand_id: brandId, user_id: profile.userId, ...values })
      .onConflict((oc) => oc.columns(['brand_id', 'user_id']).doUpdateSet(values))
      .execute();
  }

  async listProfiles(brandId: string): Promise<CollectionProfile[]> {
    if (!isUuid(brandId)) return [];
    const rows = await this.db.selectFrom('collection_profiles').select(['user_id', 'rating', 'locations', 'capacity']).where('brand_id', '=', brandId).orderBy('user_id').execute();
    return rows.map((r) => ({ userId: r.user_id, rating: r.rating, locations: r.locations, ...(r.capacity === null ? {} : { capacity: r.capacity }) }));
  }

  async listUnassignedOverdue(brandId: string, limit: number): Promise<UnassignedOverdueLoan[]> {
    if (!isUuid(brandId)) return [];
    const rows = await this.overdue(brandId).where('l.collector_id', 'is', null).orderBy('l.days_past_due', 'desc').orderBy('l.id').limit(limit).execute();
    return rows.map((r) => ({ loanId: r.id, daysPastDue: r.days_past_due ?? 0, location: r.pincode ?? '' }));
  }

  async overdueLoansByCollector(brandId: string): Promise<ReadonlyMap<string, number>> {
    if (!isUuid(brandId)) return new Map();
    const rows = await this.db
      .selectFrom('loans')
      .select(['collector_id', (eb) => eb.fn.countAll<string>().as('held')])
      .where('brand_id', '=', brandId)
      .where('status', '=', 'OVERDUE')
      .where('collector_id', 'is not', null)
      .groupBy('collector_id')
      .execute();
    return new Map(rows.map((r) => [r.collector_id as string, Number(r.held)]));
  }

  async listCollectorLoans(brandId: string, collectorId: string): Promise<CollectorLoan[]> {
    if (!isUuid(brandId)) return [];
    const rows = await this.overdue(brandId).where('l.collector_id', '=', collectorId).orderBy('l.days_past_due', 'desc').orderBy('l.id').execute();
    return rows.map((r) => ({ loanId: r.id, customerId: r.customer_id, daysPastDue: r.days_past_due ?? 0, location: r.pincode ?? '', assignedAt: r.collector_assigned_at ?? r.updated_at }));
  }

  private overdue(brandId: string) {
    return this.db
      .selectFrom('loans as l')
      .leftJoin('loan_applicants as a', 'a.loan_id', 'l.id')
      .select(['l.id', 'l.customer_id', 'l.days_past_due', 'l.collector_assigned_at', 'l.updated_at', 'a.pincode'])
      .where('l.brand_id', '=', brandId)
      .where('l.status', '=', 'OVERDUE');
  }
}
