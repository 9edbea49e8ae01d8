import { afterEach, describe, expect, it } from 'vitest';
import type { NewRefreshToken, RefreshTokenStore, SessionSubject } from '../../ports/refresh-token-store.js';

/** How a RefreshTokenStore implementation joins the contract run: `create` gives an empty store. */
export interface RefreshTokenStoreContractOptions {
  readonly name: string;
  readonly create: () => Promise<{ readonly store: RefreshTokenStore; close(): Promise<void> }>;
  readonly skip?: string | undefined;
}

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute, 0));
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const staff: SessionSubject = { kind: 'staff', userId: id(900) };
const customer: SessionSubject = { kind: 'customer', customerId: id(901), brandId: id(902) };

/** A token `n` (hash `hash-n`) issued at minute `minute` for 30 days, in `family` or its own. */
function token(n: number, options: { family?: number; subject?: SessionSubject; minute?: number } = {}): NewRefreshToken {
  const issuedAt = at(options.minute ?? 0);
  return { id: id(n), familyId: id(options.family ?? n), tokenHash: `hash-${n}`, subject: options.subject ?? staff, issuedAt, expiresAt: new Date(issuedAt.getTime() + 30 * 86_400_000) };
}

/** The behaviour every RefreshTokenStore shares: exact records, rotation once per token even under races, whole families revoked. */
export function describeRefreshTokenStoreContract(options: RefreshTokenStoreContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`RefreshTokenStore contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const closers: (() => Promise<void>)[] = [];
    async function store(): Promise<RefreshTokenStore> {
      const created = await options.create();
      closers.push(() => created.close());
      return created.store;
    }
    afterEach(async () => {
      for (const close of closers.splice(0)) await close();
    });

    it('finds a token by its hash exactly as stored, for staff and customers; an unknown hash is null', async () => {
      const s = await store();
      await s.add(token(1));
      await s.add(token(2, { subject: customer }));
      expect(await s.findByHash('hash-1')).toEqual({ ...token(1), usedAt: null, replacedBy: null, revokedAt: null });
      expect(await s.findByHash('hash-2')).toEqual({ ...token(2, { subject: customer }), usedAt: null, replacedBy: null, revokedAt: null });
      expect(await s.findByHash('hash-3')).toBeNull();
    });

    it('rotates a token once: it is marked used and replaced, its successor joins the family; a second rotation is refused and writes nothing', async () => {
      const s = await store();
      await s.add(token(1));
      expect(await s.rotate(id(1), token(2, { family: 1, minute: 5 }))).toBe(true);
      expect(await s.findByHash('hash-1')).toMatchObject({ usedAt: at(5), replacedBy: id(2), revokedAt: null });
      expect(await s.findByHash('hash-2')).toEqual({ ...token(2, { family: 1, minute: 5 }), usedAt: null, replacedBy: null, revokedAt: null });
      expect(await s.rotate(id(1), token(3, { family: 1, minute: 6 }))).toBe(false);
      expect(await s.findByHash('hash-3')).toBeNull();
      expect(await s.findByHash('hash-1')).toMatchObject({ usedAt: at(5), replacedBy: id(2) });
    });

    it('revokes every token of a family once, and no other family; a revoked token is not rotated', async () => {
      const s = await store();
      await s.add(token(1));
      await s.rotate(id(1), token(2, { family: 1, minute: 1 }));
      await s.rotate(id(2), token(3, { family: 1, minute: 2 }));
      await s.add(token(4));
      expect(await s.revokeFamily(id(1), at(10))).toBe(3);
      for (const n of [1, 2, 3]) expect((await s.findByHash(`hash-${n}`))?.revokedAt).toEqual(at(10));
      expect((await s.findByHash('hash-4'))?.revokedAt).toBeNull();
      expect(await s.revokeFamily(id(1), at(11))).toBe(0);
      expect((await s.findByHash('hash-3'))?.revokedAt).toEqual(at(10));
      expect(await s.rotate(id(3), token(5, { family: 1, minute: 12 }))).toBe(false);
      expect(await s.findByHash('hash-5')).toBeNull();
    });

    it('of many rotations of one token at once, exactly one wins and only its successor is stored', async () => {
      const s = await store();
      await s.add(token(1));
      const racers = Array.from({ length: 8 }, (_, i) => token(10 + i, { family: 1, minute: 1 }));
      const won = await Promise.all(racers.map((successor) => s.rotate(id(1), successor)));
      expect(won.filter(Boolean)).toHaveLength(1);
      const winner = racers[won.indexOf(true)]!;
      expect(await s.findByHash('hash-1')).toMatchObject({ replacedBy: winner.id });
      const stored = await Promise.all(racers.map((r) => s.findByHash(r.tokenHash)));
      expect(stored.filter((t) => t !== null).map((t) => t!.id)).toEqual([winner.id]);
    });

    it('a rotation racing a revocation of its family leaves no live token in it', async () => {
      const s = await store();
      for (let f = 0; f < 10; f++) await s.add(token(100 + f * 10));
      await Promise.all(
        Array.from({ length: 10 }, (_, f) => {
          const root = 100 + f * 10;
          return Promise.all([s.rotate(id(root), token(root + 1, { family: root, minute: 1 })), s.revokeFamily(id(root), at(2))]);
        }),
      );
      for (let f = 0; f < 10; f++) {
        for (const n of [100 + f * 10, 101 + f * 10]) {
          const found = await s.findByHash(`hash-${n}`);
          if (found) expect(found.revokedAt, `token ${n}`).toEqual(at(2));
        }
      }
    });

    it('prunes only ended families: revoked before the cut-off, or every token expired by it; a live family keeps its used tokens', async () => {
      const s = await store();
      const day = 86_400_000;
      // Family 1: rotated once and still live (its used token must stay for reuse detection).
      await s.add(token(1));
      await s.rotate(id(1), token(2, { family: 1, minute: 5 }));
      // Family 3: revoked at minute 10. Family 4: revoked only after the cut-off.
      await s.add(token(3));
      await s.revokeFamily(id(3), at(10));
      await s.add(token(4));
      await s.revokeFamily(id(4), at(40));
      // Family 5: issued a month before the others, so it expired before the cut-off.
      await s.add({ ...token(5), issuedAt: new Date(at(0).getTime() - 31 * day), expiresAt: new Date(at(0).getTime() - day) });
      expect(await s.pruneEnded(at(30))).toBe(2);
      expect(await Promise.all([1, 2, 3, 4, 5].map(async (n) => (await s.findByHash(`hash-${n}`)) !== null))).toEqual([true, true, false, true, false]);
      expect(await s.pruneEnded(at(30))).toBe(0);
      // Thirty-one days on, family 1 has expired too.
      expect(await s.pruneEnded(new Date(at(5).getTime() + 31 * day))).toBe(3);
    });
  });
}
