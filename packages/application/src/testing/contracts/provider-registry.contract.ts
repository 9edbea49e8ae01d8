import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderRegistry } from '../../ports/provider-registry.js';

/** How a ProviderRegistry joins the contract run: `create` gives an empty registry and two brands that exist in it. */
export interface ProviderRegistryContractOptions {
  readonly name: string;
  readonly create: () => Promise<{ readonly registry: ProviderRegistry; readonly brandIds: readonly [string, string]; close(): Promise<void> }>;
  readonly skip?: string | undefined;
}

/** The behaviour every provider registry shares: orders per brand and capability, kept in order, replaced whole. */
export function describeProviderRegistryContract(options: ProviderRegistryContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`ProviderRegistry contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const closers: (() => Promise<void>)[] = [];
    async function setUp() {
      const created = await options.create();
      closers.push(() => created.close());
      return { registry: created.registry, brandA: created.brandIds[0], brandB: created.brandIds[1] };
    }
    afterEach(async () => {
      for (const close of closers.splice(0)) await close();
    });

    it('has no order for a brand that never set one', async () => {
      const { registry, brandA } = await setUp();
      expect(await registry.order(brandA, 'PAYMENT_LINKS')).toBeNull();
      expect(await registry.orders(brandA)).toEqual({});
    });

    it('keeps the order exactly as set, inactive providers in their place', async () => {
      const { registry, brandA } = await setUp();
      const order = [
        { name: 'cashfree', active: true },
        { name: 'sandbox-payments', active: false },
        { name: 'razorpay', active: true },
      ];
      await registry.setOrder(brandA, 'PAYMENT_LINKS', order);
      expect(await registry.order(brandA, 'PAYMENT_LINKS')).toEqual(order);
      expect(await registry.orders(brandA)).toEqual({ PAYMENT_LINKS: order });
    });

    it('replaces the whole order, dropping providers no longer listed', async () => {
      const { registry, brandA } = await setUp();
      await registry.setOrder(brandA, 'PAYMENT_LINKS', [
        { name: 'razorpay', active: true },
        { name: 'cashfree', active: true },
        { name: 'sandbox-payments', active: true },
      ]);
      await registry.setOrder(brandA, 'PAYMENT_LINKS', [
        { name: 'cashfree', active: false },
        { name: 'razorpay', active: true },
      ]);
      expect(await registry.order(brandA, 'PAYMENT_LINKS')).toEqual([
        { name: 'cashfree', active: false },
        { name: 'razorpay', active: true },
      ]);
    });

    it("keeps each brand's order to itself", async () => {
      const { registry, brandA, brandB } = await setUp();
      await registry.setOrder(brandA, 'PAYMENT_LINKS', [{ name: 'razorpay', active: true }]);
      await registry.setOrder(brandB, 'PAYMENT_LINKS', [{ name: 'cashfree', active: true }]);
      expect(await registry.order(brandA, 'PAYMENT_LINKS')).toEqual([{ name: 'razorpay', active: true }]);
      expect(await registry.order(brandB, 'PAYMENT_LINKS')).toEqual([{ name: 'cashfree', active: true }]);
    });
  });
}
