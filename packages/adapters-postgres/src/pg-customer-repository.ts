import type { Customer, CustomerRepository } from '@los/application';
import type { Kysely, Selectable } from 'kysely';
import type { CustomersTable, DatabaseSchema } from './database-schema.js';
import { isUuid } from './uuid.js';

const customerFromRow = (row: Selectable<CustomersTable>): Customer => ({
  id: row.id,
  brandId: row.brand_id,
  phone: row.phone,
  createdAt: row.created_at,
});

/** A brand's customers in PostgreSQL. */
export class PgCustomerRepository implements CustomerRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async findByPhone(brandId: string, phone: string): Promise<Customer | null> {
    if (!isUuid(brandId)) return null;
    const row = await this.db.selectFrom('customers').selectAll().where('brand_id', '=', brandId).where('phone', '=', phone).executeTakeFirst();
    return row ? customerFromRow(row) : null;
  }

  async findById(brandId: string, customerId: string): Promise<Customer | null> {
    if (!isUuid(brandId) || !isUuid(customerId)) return null;
    const row = await this.db.selectFrom('customers').selectAll().where('brand_id', '=', brandId).where('id', '=', customerId).executeTakeFirst();
    return row ? customerFromRow(row) : null;
  }

  async addOrGet(customer: Customer): Promise<Customer> {
    // Insert-or-nothing, then read: two sign-ups racing on one phone both get the same customer.
    const inserted = await this.db
      .insertInto('customers')
      .values({ id: customer.id, brand_id: customer.brandId, phone: customer.phone, created_at: customer.createdAt })
      .onConflict((oc) => oc.columns(['brand_id', 'phone']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return customerFromRow(inserted);
    const existing = await this.findByPhone(customer.brandId, customer.phone);
    if (!existing) throw new Error(`customer ${customer.phone} of brand ${customer.brandId} vanished while being registered`);
    return existing;
  }
}
