import type { LoanProduct } from '@los/domain';

/** A tenant: one lending brand with its own products, staff, customers and money. */
export interface Brand {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly createdAt: Date;
}

/** Brands and their loan products. */
export interface BrandRepository {
  /** Adds a brand; returns false (and writes nothing) when the code is taken. */
  add(brand: Brand): Promise<boolean>;
  findById(brandId: string): Promise<Brand | null>;
  findByCode(code: string): Promise<Brand | null>;
  list(): Promise<Brand[]>;
  /** Adds a product to its brand; returns false when the brand already has a product with that code. */
  addProduct(product: LoanProduct): Promise<boolean>;
  findProduct(brandId: string, productId: string): Promise<LoanProduct | null>;
  listProducts(brandId: string): Promise<LoanProduct[]>;
}
