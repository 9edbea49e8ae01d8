import { Money, Rate } from '@los/domain';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import { createInMemoryStore } from '../../testing/fakes/create-in-memory-store.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { PrefixPasswordHasher } from '../../testing/fakes/plain-secret-hashers.js';
import { SequentialIdGenerator } from '../../testing/fakes/sequential-id-generator.js';
import { AuthenticateStaff } from '../staff/authenticate-staff.js';
import { CreateStaffUser } from '../staff/create-staff-user.js';
import { CreateBrand, type NewProduct } from './create-brand.js';

const superAdmin: Actor = { kind: 'staff', userId: 'root', superAdmin: true, roles: [] };
const product: NewProduct = {
  code: 'pl',
  name: 'Personal loan',
  currency: 'INR',
  minAmount: Money.of('50000'),
  maxAmount: Money.of('500000'),
  tenureUnit: 'MONTH',
  allowedTenures: [12, 24],
  annualRate: Rate.percent('16.5'),
  processingFee: { kind: 'FLAT', amount: Money.of('999') },
};

function setup() {
  const clock = new FixedClock();
  const store = createInMemoryStore({ clock });
  const ids = new SequentialIdGenerator();
  const passwords = new PrefixPasswordHasher();
  return {
    store,
    createBrand: new CreateBrand({ unitOfWork: store.unitOfWork, ids, clock }),
    createStaff: new CreateStaffUser({ unitOfWork: store.unitOfWork, ids, clock, passwords }),
    login: new AuthenticateStaff({ repositories: store.repositories, passwords }),
  };
}

describe('CreateBrand', () => {
  it('creates the brand with its products, and refuses a taken code', async () => {
    const s = setup();
    const created = await s.createBrand.execute({ actor: superAdmin, code: 'acme', name: 'Acme', products: [product] });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const stored = await s.store.repositories.brands.findProduct(created.value.brand.id, created.value.products[0]!.id);
    expect(stored?.maxAmount.toFixed()).toBe('500000.00');
    expect(await s.createBrand.execute({ actor: superAdmin, code: 'acme', name: 'Other', products: [product] })).toEqual({ ok: false, error: { code: 'BRAND_CODE_TAKEN', brandCode: 'acme' } });
  });

  it('refuses non-super-admins and inconsistent products, writing nothing', async () => {
    const s = setup();
    const admin: Actor = { kind: 'staff', userId: 'a', superAdmin: false, roles: [{ brandId: 'x', role: 'ADMIN' }] };
    expect(await s.createBrand.execute({ actor: admin, code: 'acme', name: 'Acme', products: [product] })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    const inverted = await s.createBrand.execute({ actor: superAdmin, code: 'acme', name: 'Acme', products: [{ ...product, minAmount: Money.of('600000') }] });
    expect(inverted).toMatchObject({ ok: false, error: { code: 'PRODUCT_INVALID', field: 'maxAmount' } });
    expect(await s.createBrand.execute({ actor: superAdmin, code: 'acme', name: 'Acme', products: [product, product] })).toEqual({ ok: false, error: { code: 'PRODUCT_CODE_DUPLICATED', productCode: 'pl' } });
    expect(await s.store.repositories.brands.list()).toEqual([]);
  });
});

describe('CreateStaffUser and AuthenticateStaff', () => {
  it('lets a brand ADMIN add staff to its own brand only, never a super admin', async () => {
    const s = setup();
    const created = await s.createBrand.execute({ actor: superAdmin, code: 'acme', name: 'Acme', products: [product] });
    const brandId = created.ok ? created.value.brand.id : '';
    const admin: Actor = { kind: 'staff', userId: 'a', superAdmin: false, roles: [{ brandId, role: 'ADMIN' }] };
    const ok = await s.createStaff.execute({ actor: admin, email: ' Ravi@Acme.Example ', name: 'Ravi', password: 'long-enough-pw', roles: [{ brandId, role: 'CREDIT_EXECUTIVE' }] });
    expect(ok.ok && ok.value.email).toBe('ravi@acme.example');
    expect(ok.ok && 'passwordHash' in ok.value).toBe(false);
    expect(await s.createStaff.execute({ actor: admin, email: 'x@y.z', name: 'X', password: 'long-enough-pw', roles: [{ brandId: 'other', role: 'ADMIN' }] })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await s.createStaff.execute({ actor: admin, email: 'x@y.z', name: 'X', password: 'long-enough-pw', roles: [], superAdmin: true })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await s.createStaff.execute({ actor: superAdmin, email: 'ravi@acme.example', name: 'R', password: 'long-enough-pw', roles: [] })).toEqual({ ok: false, error: { code: 'EMAIL_TAKEN', email: 'ravi@acme.example' } });

    expect((await s.login.execute({ email: 'RAVI@acme.example', password: 'long-enough-pw' })).ok).toBe(true);
    expect(await s.login.execute({ email: 'ravi@acme.example', password: 'wrong' })).toEqual({ ok: false, error: { code: 'INVALID_CREDENTIALS' } });
    expect(await s.login.execute({ email: 'nobody@acme.example', password: 'long-enough-pw' })).toEqual({ ok: false, error: { code: 'INVALID_CREDENTIALS' } });
  });
});
