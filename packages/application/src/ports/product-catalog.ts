import type { LoanProduct } from '@los/domain';

/** Reads a brand's products for hot paths (applications, quotes); may serve from a short-lived cache. */
export interface ProductCatalog {
  find(brandId: string, productId: string): Promise<LoanProduct | null>;
}
