import type { ProviderCapability, ProviderChoice, ProviderRegistry } from '../../ports/provider-registry.js';

/** A provider registry held in memory; orders are copied in and out, so callers cannot change them in place. */
export class InMemoryProviderRegistry implements ProviderRegistry {
  private readonly byBrand = new Map<string, Map<ProviderCapability, readonly ProviderChoice[]>>();

  async order(brandId: string, capability: ProviderCapability): Promise<readonly ProviderChoice[] | null> {
    const order = this.byBrand.get(brandId)?.get(capability);
    return order ? order.map((p) => ({ ...p })) : null;
  }

  async orders(brandId: string): Promise<Partial<Record<ProviderCapability, readonly ProviderChoice[]>>> {
    const orders: Partial<Record<ProviderCapability, readonly ProviderChoice[]>> = {};
    for (const [capability, order] of this.byBrand.get(brandId) ?? []) orders[capability] = order.map((p) => ({ ...p }));
    return orders;
  }

  async setOrder(brandId: string, capability: ProviderCapability, providers: readonly ProviderChoice[]): Promise<void> {
    const brand = this.byBrand.get(brandId) ?? new Map<ProviderCapability, readonly ProviderChoice[]>();
    brand.set(capability, providers.map((p) => ({ name: p.name, active: p.active })));
    this.byBrand.set(brandId, brand);
  }
}
