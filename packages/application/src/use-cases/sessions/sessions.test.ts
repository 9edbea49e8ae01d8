import { describe, expect, it } from 'vitest';
import type { StaffUser } from '../../ports/staff-repository.js';
import { describeRefreshTokenStoreContract } from '../../testing/contracts/refresh-token-store.contract.js';
import { CountingRefreshTokenSecrets } from '../../testing/fakes/counting-refresh-token-secrets.js';
import { FixedClock } from '../../testing/fakes/fixed-clock.js';
import { InMemoryRefreshTokenStore } from '../../testing/fakes/in-memory-refresh-token-store.js';
import { InMemoryRepositories } from '../../testing/fakes/in-memory-repositories.js';
import { InMemoryTables } from '../../testing/fakes/in-memory-tables.js';
import { SequentialIdGenerator } from '../../testing/fakes/sequential-id-generator.js';
import { IssueSession } from './issue-session.js';
import { RefreshSession, type RefreshTokenReuse } from './refresh-session.js';
import { RevokeSession } from './revoke-session.js';

describeRefreshTokenStoreContract({ name: 'memory', create: async () => ({ store: new InMemoryRefreshTokenStore(), close: async () => undefined }) });

const BRAND = '00000000-0000-4000-8000-0000000000b1';
const TTL = 3600;
const asha: StaffUser = {
  id: '00000000-0000-4000-8000-0000000000a1',
  email: 'asha@example.com',
  name: 'Asha',
  passwordHash: 'x',
  superAdmin: false,
  roles: [{ brandId: BRAND, role: 'LOAN_EXECUTIVE' }],
  active: true,
  createdAt: new Date('2026-01-01T00:00:00Z'),
};

function world() {
  const tables = new InMemoryTables();
  tables.staff.set(asha.id, asha);
  tables.customers.set('00000000-0000-4000-8000-0000000000c1', { id: '00000000-0000-4000-8000-0000000000c1', brandId: BRAND, phone: '+919812345678', createdAt: new Date('2026-01-01T00:00:00Z') });
  const store = new InMemoryRefreshTokenStore();
  const clock = new FixedClock('2026-03-01T09:00:00Z');
  const reuses: RefreshTokenReuse[] = [];
  const deps = { store, secrets: new CountingRefreshTokenSecrets(), ids: new SequentialIdGenerator(), clock, ttlSeconds: TTL };
  return {
    tables,
    store,
    clock,
    reuses,
    issue: new IssueSession(deps),
    refresh: new RefreshSession({ ...deps, repositories: new InMemoryRepositories(tables), onReuse: (r) => reuses.push(r) }),
    revoke: new RevokeSession(deps),
  };
}

const staffActor = { kind: 'staff' as const, userId: asha.id, superAdmin: false, roles: asha.roles };

describe('sessions', () => {
  it('issues a refresh token stored only by its hash, for the configured lifetime', async () => {
    const w = world();
    const issued = await w.issue.execute(staffActor);
    expect(issued).toEqual({ refreshToken: 'refresh-1', refreshExpiresIn: TTL });
    const stored = await w.store.findByHash('hash(refresh-1)');
    expect(stored).toMatchObject({ subject: { kind: 'staff', userId: asha.id }, issuedAt: w.clock.now(), expiresAt: new Date(w.clock.now().getTime() + TTL * 1000) });
    expect(stored?.familyId).toBe(stored?.id);
    expect(await w.store.findByHash('refresh-1')).toBeNull();
  });

  it('rotates: the successor is in the same family and the actor carries the roles the database holds now', async () => {
    const w = world();
    const { refreshToken } = await w.issue.execute(staffActor);
    w.tables.staff.set(asha.id, { ...asha, superAdmin: true, roles: [{ brandId: BRAND, role: 'ADMIN' }] });
    w.clock.advance(60_000);
    const refreshed = await w.refresh.execute({ refreshToken });
    expect(refreshed).toEqual({ ok: true, value: { actor: { kind: 'staff', userId: asha.id, superAdmin: true, roles: [{ brandId: BRAND, role: 'ADMIN' }] }, refreshToken: 'refresh-2', refreshExpiresIn: TTL } });
    const [first, second] = [await w.store.findByHash('hash(refresh-1)'), await w.store.findByHash('hash(refresh-2)')];
    expect(first).toMatchObject({ usedAt: w.clock.now(), replacedBy: second?.id });
    expect(second?.familyId).toBe(first?.familyId);
  });

  it('a reused token revokes the whole family, newest token included, and is reported without the token', async () => {
    const w = world();
    const first = await w.issue.execute(staffActor);
    const second = await w.refresh.execute({ refreshToken: first.refreshToken });
    if (!second.ok) throw new Error('refresh failed');
    expect(await w.refresh.execute({ refreshToken: first.refreshToken })).toEqual({ ok: false, error: { code: 'REFRESH_TOKEN_INVALID' } });
    expect(await w.refresh.execute({ refreshToken: second.value.refreshToken })).toEqual({ ok: false, error: { code: 'REFRESH_TOKEN_INVALID' } });
    const familyId = (await w.store.findByHash('hash(refresh-1)'))!.familyId;
    expect(w.reuses).toEqual([{ familyId, tokenId: familyId, subject: { kind: 'staff', userId: asha.id }, revoked: 2 }]);
    expect(JSON.stringify(w.reuses)).not.toContain('refresh-');
  });

  it('refuses unknown and expired tokens alike, and a deactivated member of staff (revoking the family)', async () => {
    const w = world();
    expect(await w.refresh.execute({ refreshToken: 'never-issued' })).toEqual({ ok: false, error: { code: 'REFRESH_TOKEN_INVALID' } });
    const expiring = await w.issue.execute(staffActor);
    w.clock.advance(TTL * 1000);
    expect(await w.refresh.execute({ refreshToken: expiring.refreshToken })).toEqual({ ok: false, error: { code: 'REFRESH_TOKEN_INVALID' } });
    const live = await w.issue.execute(staffActor);
    w.tables.staff.set(asha.id, { ...asha, active: false });
    expect(await w.refresh.execute({ refreshToken: live.refreshToken })).toEqual({ ok: false, error: { code: 'REFRESH_TOKEN_INVALID' } });
    w.tables.staff.set(asha.id, asha);
    expect((await w.refresh.execute({ refreshToken: live.refreshToken })).ok).toBe(false);
    expect(w.reuses).toEqual([]);
  });

  it('customers refresh while they exist in their brand', async () => {
    const w = world();
    const customer = { kind: 'customer' as const, customerId: '00000000-0000-4000-8000-0000000000c1', brandId: BRAND };
    const issued = await w.issue.execute(customer);
    const refreshed = await w.refresh.execute({ refreshToken: issued.refreshToken });
    expect(refreshed.ok && refreshed.value.actor).toEqual(customer);
    w.tables.customers.clear();
    expect(refreshed.ok && (await w.refresh.execute({ refreshToken: refreshed.value.refreshToken })).ok).toBe(false);
  });

  it('two refreshes of one token at once: one succeeds, the other is a reuse that revokes the family', async () => {
    const w = world();
    const { refreshToken } = await w.issue.execute(staffActor);
    const results = await Promise.all([w.refresh.execute({ refreshToken }), w.refresh.execute({ refreshToken })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const winner = results.find((r) => r.ok);
    expect(winner?.ok && (await w.refresh.execute({ refreshToken: winner.value.refreshToken })).ok).toBe(false);
    expect(w.reuses).toHaveLength(1);
  });

  it('logout revokes the family; an unknown token changes nothing', async () => {
    const w = world();
    const first = await w.issue.execute(staffActor);
    const other = await w.issue.execute(staffActor);
    const second = await w.refresh.execute({ refreshToken: first.refreshToken });
    if (!second.ok) throw new Error('refresh failed');
    await w.revoke.execute({ refreshToken: 'never-issued' });
    await w.revoke.execute({ refreshToken: first.refreshToken });
    expect((await w.refresh.execute({ refreshToken: second.value.refreshToken })).ok).toBe(false);
    expect((await w.refresh.execute({ refreshToken: other.refreshToken })).ok).toBe(true);
    expect(w.reuses).toEqual([]);
  });
});
