import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import { createInMemoryStore } from '../../testing/fakes/create-in-memory-store.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { InMemoryBlocklist } from '../../testing/fakes/in-memory-blocklist.js';
import { ReversingAadhaarReferences } from '../../testing/fakes/plain-secret-hashers.js';
import { SequentialIdGenerator } from '../../testing/fakes/sequential-id-generator.js';
import { AddBlocklistEntry } from './add-blocklist-entry.js';
import { blocklistValue } from './blocklist-value.js';
import { ListBlocklistEntries } from './list-blocklist-entries.js';
import { RemoveBlocklistEntry } from './remove-blocklist-entry.js';

const brandId = '00000000-0000-7000-8000-0000000000b1';
const otherBrandId = '00000000-0000-7000-8000-0000000000b2';
const staff = (role: 'ADMIN' | 'CREDIT_EXECUTIVE', onBrand = brandId): Actor => ({ kind: 'staff', userId: `user-${role}`, superAdmin: false, roles: [{ brandId: onBrand, role }] });

async function world() {
  const clock = new FixedClock('2026-11-23T10:00:00Z');
  const { repositories } = createInMemoryStore({ clock });
  for (const id of [brandId, otherBrandId]) await repositories.brands.add({ id, code: id.slice(-2), name: id, createdAt: clock.now() });
  const blocklist = new InMemoryBlocklist();
  const deps = { repositories, blocklist, ids: new SequentialIdGenerator(), clock, aadhaarReferences: new ReversingAadhaarReferences() };
  return { blocklist, clock, add: new AddBlocklistEntry(deps), list: new ListBlocklistEntries(deps), remove: new RemoveBlocklistEntry(deps) };
}

describe('blocklist entries', () => {
  it('an admin lists a normalised identifier with who and when; the blocklist then hits it', async () => {
    const w = await world();
    const added = await w.add.execute({ actor: staff('ADMIN'), brandId, kind: 'PHONE', value: ' +91 98123-45678 ', reason: ' synthetic identity ' });
    expect(added).toEqual({ ok: true, value: { id: expect.any(String), brandId, kind: 'PHONE', value: '+919812345678', reason: 'synthetic identity', addedBy: 'user-ADMIN', addedAt: w.clock.now() } });
    expect(await w.blocklist.check({ brandId, phone: '+919812345678' })).toEqual({ phone: true });
    expect(await w.list.execute({ actor: staff('ADMIN'), brandId, page: { limit: 10, offset: 0 } })).toEqual({ ok: true, value: [added.ok && added.value] });
  });

  it('refuses a duplicate (after normalisation) and a malformed value, naming the field', async () => {
    const w = await world();
    const actor = staff('ADMIN');
    expect((await w.add.execute({ actor, brandId, kind: 'PAN', value: 'ABCPE1234F', reason: 'fraud' })).ok).toBe(true);
    expect(await w.add.execute({ actor, brandId, kind: 'PAN', value: 'abcpe1234f', reason: 'again' })).toEqual({ ok: false, error: { code: 'BLOCKLIST_ENTRY_EXISTS', kind: 'PAN', value: 'ABCPE1234F' } });
    for (const [kind, value] of [['PAN', 'ABC123'], ['PHONE', '9812345678'], ['PINCODE', '01234'], ['AADHAAR_REF', '123456789012']] as const) {
      expect(await w.add.execute({ actor, brandId, kind, value, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'BLOCKLIST_VALUE_INVALID', field: 'value' } });
    }
  });

  it('an Aadhaar given by its number is listed by its reference alone; the number is nowhere in the entry', async () => {
    const w = await world();
    const added = await w.add.execute({ actor: staff('ADMIN'), brandId, kind: 'AADHAAR_REF', value: '2341 2341 2346', reason: 'impersonation' });
    expect(added).toMatchObject({ ok: true, value: { kind: 'AADHAAR_REF', value: 'aref_643214321432' } });
    expect(JSON.stringify(added)).not.toMatch(/2341 ?2341 ?2346/);
    expect(await w.blocklist.check({ brandId, phone: '+919800000000', aadhaarRef: 'aref_643214321432' })).toEqual({ phone: false, aadhaar: true });
    // The same number again, spaced differently, is the same entry.
    expect(await w.add.execute({ actor: staff('ADMIN'), brandId, kind: 'AADHAAR_REF', value: '234123412346', reason: 'again' })).toMatchObject({ ok: false, error: { code: 'BLOCKLIST_ENTRY_EXISTS' } });
  });

  it('only the brand admin (or a super admin) manages it: other roles 403, other brands 404', async () => {
    const w = await world();
    const input = { brandId, kind: 'PINCODE' as const, value: '110001', reason: 'fraud ring' };
    expect(await w.add.execute({ ...input, actor: staff('CREDIT_EXECUTIVE') })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.add.execute({ ...input, actor: staff('ADMIN', otherBrandId) })).toEqual({ ok: false, error: { code: 'BRAND_NOT_FOUND' } });
    expect(await w.list.execute({ actor: staff('CREDIT_EXECUTIVE'), brandId, page: { limit: 10, offset: 0 } })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    const root: Actor = { kind: 'staff', userId: 'root', superAdmin: true, roles: [] };
    const added = await w.add.execute({ ...input, actor: root });
    expect(added.ok).toBe(true);
    const entryId = added.ok ? added.value.id : '';
    expect(await w.remove.execute({ actor: staff('ADMIN', otherBrandId), brandId: otherBrandId, entryId })).toEqual({ ok: false, error: { code: 'BLOCKLIST_ENTRY_NOT_FOUND' } });
    expect(await w.remove.execute({ actor: staff('CREDIT_EXECUTIVE'), brandId, entryId })).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await w.remove.execute({ actor: staff('ADMIN'), brandId, entryId })).toEqual({ ok: true, value: undefined });
    expect(await w.blocklist.check({ brandId, phone: '+919812345678', pincode: '110001' })).toEqual({ phone: false, pincode: false });
  });
});

describe('blocklistValue', () => {
  it('is idempotent, and a value that normalises is well formed for its kind', () => {
    const kinds = fc.constantFrom('PAN' as const, 'AADHAAR_REF' as const, 'PHONE' as const, 'PINCODE' as const);
    fc.assert(
      fc.property(kinds, fc.string({ maxLength: 20 }), (kind, raw) => {
        const once = blocklistValue(kind, raw);
        if (once !== null) expect(blocklistValue(kind, once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z]{3}[pP][a-zA-Z]\d{4}[a-zA-Z]$/), (pan) => {
        expect(blocklistValue('PAN', `  ${pan} `)).toBe(pan.toUpperCase());
      }),
    );
  });
});
