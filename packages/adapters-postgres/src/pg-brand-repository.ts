import type { Brand, BrandRepository } from '@los/application';
import type { LoanProduct } from '@los/domain';
import type { Kysely, Selectable } from 'kysely';
import type { BrandsTable, DatabaseSchema } from './database-schema.js';
import { productFromRow, productToRow } from './product-row.js';
import { isUuid } from './uuid.js';

const brandFromRow = (row: Selectable<BrandsTable>): Brand => ({ id: row.id, code: row.code, name: row.name, createdAt: row.created_at });

/** Brands and their loan products in PostgreSQL. */
export class PgBrandRepository implements BrandRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async add(brand: Brand): Promise<boolean> {
    const inserted = await this.db
      .insertInto('brands')
      .values({ id: brand.id, code: brand.code, name: brand.name, created_at: brand.createdAt })
      .onConflict((oc) => oc.column('code').doNothing())
      .executeTakeFirst();
    return inserted.numInsertedOrUpdatedRows === 1n;
  }

  async findById(brandId: string): Promise<Brand | null> {
    if (!isUuid(brandId)) return null;
    const row = await this.db.selectFrom('brands').selectAll().where('id', '=', brandId).executeTakeFirst();
    return row ? brandFromRow(row) : null;
  }

  async findByCode(code: string): Promise<Brand | null> {
    const row = await this.db.selectFrom('brands').selectAll().where('code', '=', code).executeTakeFirst();
    return row ? brandFromRow(row) : null;
  }

  async list(): Promise<Brand[]> {
    const rows = await this.db.selectFrom('brands').selectAll().orderBy('code').execute();
    return rows.map(brandFromRow);
  }

  async addProduct(product: LoanProduct): Promise<boolean> {
    const inserted = await this.db
      .insertInto('loan_products')
      .values(productToRow(product))
      .onConflict((oc) => oc.columns(['brand_id', 'code']).doNothing())
      .executeTakeFirst();
    return inserted.numInsertedOrUpdatedRows === 1n;
  }

  async findProduct(brandId: string, productId: string): Promise<LoanProduct | null> {
    if (!isUuid(brandId) || !isUuid(productId)) return null;
    const row = await this.db
      .selectFrom('loan_products')
      .selectAll()
      .where('brand_id', '=', brandId)
      .where('id', '=', productId)
      .executeTakeFirst();
    return row ? productFromRow(row) : null;
  }

  async listProducts(brandId: string): Promise<LoanProduct[]> {
    if (!isUuid(brandId)) return [];
    const rows = await this.db.selectFrom('loan_products').selectAll().where('brand_id', '=', brandId).orderBy('code').execute();
    return rows.map(productFromRow);
  }
}
