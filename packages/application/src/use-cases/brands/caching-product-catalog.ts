import type { LoanProduct } from '@los/domain';
import type { BrandRepository } from '../../ports/brand-repository.js';
import type { Clock } from '../../ports/clock.js';
import type { ProductCatalog } from '../../ports/product-catalog.js';

/**
 * Products change rarely and are read on every application: keep each lookup (found or not) for `ttlMs`.
 * A product closed meanwhile is still caught: the worker screens every application against the product as
 * stored when it decides.
 */
export class CachingProductCatalog implements ProductCatalog {
  private readonly entries = new Map<string, { readonly product: LoanProduct | null; readonly expiresAt: number }>();

  constructor(
    private readonly deps: { readonly brands: BrandRepository; readonly clock: Clock; readonly ttlMs: number; readonly maxEntries?: number },
  ) {}

  async find(brandId: string, productId: string): Promise<LoanProduct | null> {
    const key = `${brandId}/${productId}`;
    const now = this.deps.clock.now().getTime();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) return hit.product;
    const product = await this.deps.brands.findProduct(brandId, productId);
    if (this.entries.size >= (this.deps.maxEntries ?? 10_000)) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.delete(key);
    this.entries.set(key, { product, expiresAt: now + this.deps.ttlMs });
    return product;
  }
}
