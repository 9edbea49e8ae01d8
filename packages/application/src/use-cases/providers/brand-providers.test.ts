import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import { createInMemoryStore } from '../../testing/fakes/create-in-memory-store.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { InMemoryProviderRegistry } from '../../testing/fakes/in-memory-provider-registry.js';
import { GetBrandProviders, SetBrandProviders } from './brand-providers.js';

const brandId = '00000000-0000-7000-8000-0000000000b1';
const otherBrandId = '00000000-0000-7000-8000-0000000000b2';
const staff = (role: 'ADMIN' | 'LOAN_EXECUTIVE', onBrand = brandId): Actor => ({ kind: 'staff', userId: `user-${role}`, superAdmin: false, roles: [{ brandId: onBrand, role }] });
const availability = { PAYMENT_LINKS: { available: ['razorpay', 'cashfree'], defaultProvider: 'razorpay' } };

async function world() {
  const clock = new FixedClock('2026-11-23T10:00:00Z');
  const { repositories } = createInMemoryStore({ clock });
  for (const id of [brandId, otherBrandId]) await repositories.brands.add({ id, code: id.slice(-2), name: id, createdAt: clock.now() });
  const registry = new InMemoryProviderRegistry();
  const deps = { repositories, registry, availability };
  return { registry, get: new GetBrandProviders(deps), set: new SetBrandProviders(deps) };
}

describe('brand provider registry use cases', () => {
  it('an admin sets the order and reads it back with what the deployment offers', async () => {
    const w = await world();
    const providers = [{ name: 'cashfree', active: true }, { name: 'razorpay', active: false }];
    expect(await w.get.execute({ actor: staff('ADMIN'), brandId })).toEqual({ ok: true, value: [{ capability: 'PAYMENT_LINKS', providers: null, available: ['razorpay', 'cashfree'], defaultProvider: 'razorpay' }] });
    expect((await w.set.execute({ actor: staff('ADMIN'), brandId, capability: 'PAYMENT_LINKS', providers })).ok).toBe(true);
    expect(await w.get.execute({ actor: staff('ADMIN'), brandId })).toEqual({ ok: true, value: [{ capability: 'PAYMENT_LINKS', providers, available: ['razorpay', 'cashfree'], defaultProvider: 'razorpay' }] });
  });

  it('refuses an empty list, a repeated name, an unconfigured provider and no active one, writing nothing', async () => {
    const w = await world();
    const set = (providers: { name: string; active: boolean }[]) => w.set.execute({ actor: staff('ADMIN'), brandId, capability: 'PAYMENT_LINKS', providers });
    expect(await set([])).toEqual({ ok: false, error: { code: 'PROVIDER_ORDER_INVALID', field: 'providers', message: 'list at least one provider' } });
    expect(await set([{ name: 'razorpay', active: true }, { name: 'razorpay', active: false }])).toMatchObject({ ok: false, error: { code: 'PROVIDER_ORDER_INVALID', field: 'providers.1.name' } });
    expect(await set([{ name: 'razorpay', active: true }, { name: 'payu', active: true }])).toEqual({
      ok: false,
      error: { code: 'PROVIDER_NOT_CONFIGURED', field: 'providers.1.name', provider: 'payu', available: ['razorpay', 'cashfree'] },
    });
    expect(await set([{ name: 'razorpay', active: false }])).toEqual({ ok: false, error: { code: 'PROVIDER_NONE_ACTIVE', field: 'providers' } });
    expect(await w.registry.order(brandId, 'PAYMENT_LINKS')).toBeNull();
  });

  it('is for the brand ADMIN: other roles are forbidden, other brands not found', async () => {
    const w = await world();
    const providers = [{ name: 'razorpay', active: true }];
    expect(await w.set.execute({ actor: staff('LOAN_EXECUTIVE'), brandId, capability: 'PAYMENT_LINKS', providers })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.set.execute({ actor: staff('ADMIN', otherBrandId), brandId, capability: 'PAYMENT_LINKS', providers })).toEqual({ ok: false, error: { code: 'BRAND_NOT_FOUND' } });
    expect(await w.get.execute({ actor: staff('LOAN_EXECUTIVE'), brandId })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.registry.order(brandId, 'PAYMENT_LINKS')).toBeNull();
  });
});
