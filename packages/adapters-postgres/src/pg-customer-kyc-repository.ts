import { type BrandKycSettings, ConcurrencyConflictError, type CustomerKyc, type CustomerKycRepository, type KycStep, type VerifiedBankAccount } from '@los/application';
import { type Kysely, sql } from 'kysely';
import { customerKycOf, customerKycRow } from './customer-kyc-row.js';
import type { DatabaseSchema } from './database-schema.js';
import { isUuid } from './uuid.js';

/** Customers' KYC records (versioned, one row per brand and customer) and brands' KYC settings in PostgreSQL. */
export class PgCustomerKycRepository implements CustomerKycRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async find(brandId: string, customerId: string): Promise<CustomerKyc | null> {
    if (!isUuid(brandId) || !isUuid(customerId)) return null;
    const row = await this.db.selectFrom('customer_kyc').selectAll().where('brand_id', '=', brandId).where('customer_id', '=', customerId).executeTakeFirst();
    return row ? customerKycOf(row) : null;
  }

  async save(kyc: CustomerKyc): Promise<void> {
    const row = customerKycRow(kyc, kyc.version + 1);
    if (kyc.version === 0) {
      // Two first steps at once: the second insert waits for the first to commit, then inserts nothing.
      const inserted = await this.db.insertInto('customer_kyc').values(row).onConflict((oc) => oc.columns(['brand_id', 'customer_id']).doNothing()).executeTakeFirst();
      if (inserted.numInsertedOrUpdatedRows === 0n) throw new ConcurrencyConflictError('CustomerKyc', kyc.customerId, 0);
      return;
    }
    const { brand_id: _brand, customer_id: _customer, ...changes } = row;
    const updated = await this.db
      .updateTable('customer_kyc')
      .set({ ...changes, updated_at: sql<Date>`now()` })
      .where('brand_id', '=', kyc.brandId)
      .where('customer_id', '=', kyc.customerId)
      .where('version', '=', kyc.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw new ConcurrencyConflictError('CustomerKyc', kyc.customerId, kyc.version);
  }

  async verifiedBankAccount(brandId: string, customerId: string): Promise<VerifiedBankAccount | null> {
    if (!isUuid(brandId) || !isUuid(customerId)) return null;
    const row = await this.db
      .selectFrom('customer_kyc')
      .select(['bank_account_number', 'bank_ifsc', 'bank_holder_name'])
      .where('brand_id', '=', brandId)
      .where('customer_id', '=', customerId)
      .where('bank_status', '=', 'VERIFIED')
      .executeTakeFirst();
    if (!row?.bank_account_number || !row.bank_ifsc || !row.bank_holder_name) return null;
    return { accountNumber: row.bank_account_number, ifsc: row.bank_ifsc, holderName: row.bank_holder_name };
  }

  async verifiedName(brandId: string, customerId: string): Promise<string | null> {
    if (!isUuid(brandId) || !isUuid(customerId)) return null;
    const row = await this.db.selectFrom('customer_kyc').select('verified_name').where('brand_id', '=', brandId).where('customer_id', '=', customerId).executeTakeFirst();
    return row?.verified_name ?? null;
  }

  async kycSettings(brandId: string): Promise<BrandKycSettings | null> {
    if (!isUuid(brandId)) return null;
    const row = await this.db.selectFrom('brand_kyc_settings').select(['required_steps', 'name_match_threshold']).where('brand_id', '=', brandId).executeTakeFirst();
    return row ? { requiredSteps: row.required_steps as KycStep[], nameMatchThreshold: row.name_match_threshold } : null;
  }

  async setKycSettings(brandId: string, settings: BrandKycSettings): Promise<void> {
    const values = { required_steps: JSON.stringify(settings.requiredSteps), name_match_threshold: settings.nameMatchThreshold };
    await this.db
      .insertInto('brand_kyc_settings')
      .values({ brand_id: brandId, ...values })
      .onConflict((oc) => oc.column('brand_id').doUpdateSet({ ...values, updated_at: sql<Date>`now()` }))
      .execute();
  }
}
