import type { LoanProduct } from '@los/domain';
import type { Brand, BrandRepository } from '../../ports/brand-repository.js';
import { type InMemoryTables, requireRow } from './in-memory-tables.js';
import { requireScale } from './require-scale.js';

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Brands and products in memory, with the same uniqueness rules as the database. */
export class InMemoryBrandRepository implements BrandRepository {
  constructor(private readonly tables: InMemoryTables) {}

  async add(brand: Brand): Promise<boolean> {
    if ([...this.tables.brands.values()].some((b) => b.code === brand.code)) return false;
    if (this.tables.brands.has(brand.id)) throw new Error(`brand ${brand.id} already exists`);
    this.tables.brands.set(brand.id, { ...brand });
    return true;
  }

  async findById(brandId: string): Promise<Brand | null> {
    return this.tables.brands.get(brandId) ?? null;
  }

  async findByCode(code: string): Promise<Brand | null> {
    return [...this.tables.brands.values()].find((b) => b.code === code) ?? null;
  }

  async list(): Promise<Brand[]> {
    return [...this.tables.brands.values()].sort(byCode);
  }

  async addProduct(product: LoanProduct): Promise<boolean> {
    requireRow(this.tables.brands.has(product.brandId), `brand ${product.brandId}`);
    requireScale(product.minAmount.amount, 2, 'minimum amount');
    requireScale(product.maxAmount.amount, 2, 'maximum amount');
    requireScale(product.annualRate.toPercent(), 4, 'annual rate');
    const products = [...this.tables.products.values()];
    if (products.some((p) => p.brandId === product.brandId && p.code === product.code)) return false;
    if (this.tables.products.has(product.id)) throw new Error(`product ${product.id} already exists`);
    this.tables.products.set(product.id, { ...product, allowedTenures: [...product.allowedTenures] });
    return true;
  }

  async findProduct(brandId: string, productId: string): Promise<LoanProduct | null> {
    const product = this.tables.products.get(productId);
    return product && product.brandId === brandId ? product : null;
  }

  async listProducts(brandId: string): Promise<LoanProduct[]> {
    return [...this.tables.products.values()].filter((p) => p.brandId === brandId).sort(byCode);
  }
}
