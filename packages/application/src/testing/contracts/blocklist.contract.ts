import { afterEach, describe, expect, it } from 'vitest';
import type { BlocklistKind } from '../../ports/blocklist.js';
import type { BlocklistEntry, BlocklistStore } from '../../ports/blocklist-store.js';

/** How a BlocklistStore joins the contract run: `create` gives an empty store and two brands that exist in it. */
export interface BlocklistContractOptions {
  readonly name: string;
  readonly create: () => Promise<{ readonly blocklist: BlocklistStore; readonly brandIds: readonly [string, string]; close(): Promise<void> }>;
  readonly skip?: string | undefined;
}

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute, 0));
const staffId = id(900);

/** The behaviour every blocklist shares: entries unique per brand, kind and value, listed newest first, looked up per identifier and brand. */
export function describeBlocklistContract(options: BlocklistContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`Blocklist contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const closers: (() => Promise<void>)[] = [];
    async function setUp() {
      const created = await options.create();
      closers.push(() => created.close());
      const [brandA, brandB] = created.brandIds;
      const entry = (n: number, kind: BlocklistKind, value: string, brandId = brandA): BlocklistEntry => ({ id: id(n), brandId, kind, value, reason: `reason ${n}`, addedBy: staffId, addedAt: at(n) });
      return { blocklist: created.blocklist, brandA, brandB, entry };
    }
    afterEach(async () => {
      for (const close of closers.splice(0)) await close();
    });

    it('adds an entry once per brand, kind and value, and keeps what was added', async () => {
      const { blocklist, brandA, brandB, entry } = await setUp();
      expect(await blocklist.add(entry(1, 'PAN', 'ABCPE1234F'))).toBe('added');
      expect(await blocklist.add(entry(2, 'PAN', 'ABCPE1234F'))).toBe('duplicate');
      // The same value of another kind, or on another brand, is another entry.
      expect(await blocklist.add(entry(3, 'AADHAAR_REF', 'ABCPE1234F'))).toBe('added');
      expect(await blocklist.add(entry(4, 'PAN', 'ABCPE1234F', brandB))).toBe('added');
      expect(await blocklist.list(brandA, { limit: 10, offset: 0 })).toEqual([entry(3, 'AADHAAR_REF', 'ABCPE1234F'), entry(1, 'PAN', 'ABCPE1234F')]);
    });

    it('lists newest first, by kind, a page at a time, and only the brand asked for', async () => {
      const { blocklist, brandA, brandB, entry } = await setUp();
      await blocklist.add(entry(1, 'PHONE', '+919800000001'));
      await blocklist.add(entry(2, 'PINCODE', '110001'));
      await blocklist.add(entry(3, 'PHONE', '+919800000003'));
      await blocklist.add(entry(4, 'PHONE', '+919800000004', brandB));
      const ids = async (page: { kind?: BlocklistKind; limit: number; offset: number }, brandId = brandA) => (await blocklist.list(brandId, page)).map((e) => e.id);
      expect(await ids({ limit: 10, offset: 0 })).toEqual([id(3), id(2), id(1)]);
      expect(await ids({ kind: 'PHONE', limit: 10, offset: 0 })).toEqual([id(3), id(1)]);
      expect(await ids({ limit: 1, offset: 1 })).toEqual([id(2)]);
      expect(await ids({ limit: 10, offset: 0 }, brandB)).toEqual([id(4)]);
    });

    it('removes an entry of the brand only, after which the value may be listed again', async () => {
      const { blocklist, brandA, brandB, entry } = await setUp();
      await blocklist.add(entry(1, 'PHONE', '+919800000001'));
      expect(await blocklist.remove(brandB, id(1))).toBe(false);
      expect(await blocklist.remove(brandA, id(99))).toBe(false);
      expect(await blocklist.remove(brandA, id(1))).toBe(true);
      expect(await blocklist.remove(brandA, id(1))).toBe(false);
      expect(await blocklist.list(brandA, { limit: 10, offset: 0 })).toEqual([]);
      expect(await blocklist.add(entry(2, 'PHONE', '+919800000001'))).toBe('added');
    });

    it('reports a hit for each identifier given, normalised, on the brand asked about only', async () => {
      const { blocklist, brandA, brandB, entry } = await setUp();
      await blocklist.add(entry(1, 'PAN', 'BLKPE1234F'));
      await blocklist.add(entry(2, 'AADHAAR_REF', 'ref-000111222'));
      await blocklist.add(entry(3, 'PHONE', '+919800000001'));
      await blocklist.add(entry(4, 'PINCODE', '110001'));
      const all = { phone: '+91 98000-00001', pan: 'blkpe1234f', aadhaarRef: 'ref-000111222', pincode: '110001' };
      expect(await blocklist.check({ brandId: brandA, ...all })).toEqual({ phone: true, pan: true, aadhaar: true, pincode: true });
      expect(await blocklist.check({ brandId: brandB, ...all })).toEqual({ phone: false, pan: false, aadhaar: false, pincode: false });
      expect(await blocklist.check({ brandId: brandA, phone: '+919800000002', pan: 'ABCPE1234F' })).toEqual({ phone: false, pan: false });
      expect(await blocklist.check({ brandId: brandA, phone: '+919800000002', pincode: '110001' })).toEqual({ phone: false, pincode: true });
      // A value listed under one kind is no hit under another.
      expect(await blocklist.check({ brandId: brandA, phone: '+919800000002', aadhaarRef: 'BLKPE1234F' })).toEqual({ phone: false, aadhaar: false });
    });

    it('reads a malformed identifier as not listed, and a removed entry no longer hits', async () => {
      const { blocklist, brandA, entry } = await setUp();
      await blocklist.add(entry(1, 'PHONE', '+919800000001'));
      expect(await blocklist.check({ brandId: brandA, phone: 'not a phone', pan: '12' })).toEqual({ phone: false, pan: false });
      await blocklist.remove(brandA, id(1));
      expect(await blocklist.check({ brandId: brandA, phone: '+919800000001' })).toEqual({ phone: false });
    });
  });
}
