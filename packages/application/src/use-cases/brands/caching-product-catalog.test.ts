import { type LoanProduct, Money, Rate } from '@los/domain';
import { describe, expect, it } from 'vitest';
import type { BrandRepository } from '../../ports/brand-repository.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { CachingProductCatalog } from './caching-product-catalog.js';

const product = (id: string): LoanProduct => ({
  id,
  brandId: 'b',
  code: id,
  name: id,
  currency: 'INR',
  minAmount: Money.of('1'),
  maxAmount: Money.of('2'),
  tenureUnit: 'DAY',
  allowedTenures: [1],
  annualRate: Rate.percent('1'),
  processingFee: { kind: 'FLAT', amount: Money.of('0') },
  active: true,
});

function counting(products: Map<string, LoanProduct>) {
  const calls: string[] = [];
  const brands = { findProduct: async (_b: string, id: string) => (calls.push(id), products.get(id) ?? null) } as unknown as BrandRepository;
  return { brands, calls };
}

describe('CachingProductCatalog', () => {
  it('serves repeated lookups from memory until the entry expires', async () => {
    const clock = new FixedClock();
    const products = new Map([['p1', product('p1')]]);
    const { brands, calls } = counting(products);
    const catalog = new CachingProductCatalog({ brands, clock, ttlMs: 1000 });
    expect((await catalog.find('b', 'p1'))?.id).toBe('p1');
    expect((await catalog.find('b', 'p1'))?.id).toBe('p1');
    expect(await catalog.find('b', 'missing')).toBeNull();
    expect(await catalog.find('b', 'missing')).toBeNull();
    expect(calls).toEqual(['p1', 'missing']);
    products.set('p1', { ...product('p1'), active: false });
    clock.advance(1001);
    expect((await catalog.find('b', 'p1'))?.active).toBe(false);
    expect(calls).toEqual(['p1', 'missing', 'p1']);
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const { brands, calls } = counting(new Map());
    const catalog = new CachingProductCatalog({ brands, clock: new FixedClock(), ttlMs: 60_000, maxEntries: 2 });
    for (const id of ['a', 'b', 'c', 'a']) await catalog.find('x', id);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
