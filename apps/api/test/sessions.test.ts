import { DEMO_PASSWORD, ids } from '@los/composition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, call, startApp } from './running-app.js';
import { testEnvironments } from './test-environments.js';

const password = 'a-long-password-1';
/** The claims of an access token (no signature check: the API checks it when the token is used). */
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { sub: string; superAdmin?: boolean; roles?: { brandId: string; role: string }[] };

for (const environment of testEnvironments) {
  describe.skipIf(environment.skip !== undefined)(`sessions over HTTP — ${environment.name}${environment.skip ? ` (skipped: ${environment.skip})` : ''}`, () => {
    let running: RunningApp;
    let staffId: string;
    const email = 'rotating.staff@demo.example';
    const login = async () => {
      const signedIn = await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email, password } });
      expect(signedIn.status).toBe(200);
      return signedIn.body as { accessToken: string; refreshToken: string; refreshExpiresIn: number; user: { id: string } };
    };
    const refresh = (refreshToken: unknown) => call(running.app, 'POST', '/api/v1/auth/refresh', { body: { refreshToken } });
    const loans = (token: string) => call(running.app, 'GET', `/api/v1/partner/brand/${running.demoBrandId}/loans?limit=5&offset=0`, { token });
    const database = () => running.base.container.get(ids.Database).db;

    beforeAll(async () => {
      running = await startApp(environment);
      const root = (await call(running.app, 'POST', '/api/v1/partner/auth/login', { body: { email: 'super.admin@demo.los.dev', password: DEMO_PASSWORD } })).body.accessToken as string;
      const created = await call(running.app, 'POST', '/api/v1/admin/staff', { token: root, body: { email, name: 'Rotating Staff', password, roles: [{ brandId: running.demoBrandId, role: 'COLLECTION_EXECUTIVE' }] } });
      expect(created.status).toBe(201);
      staffId = created.body.id;
    }, 120_000);
    afterAll(async () => running?.stop());

    it('staff sign in with a refresh token; refreshing gives new tokens that work, and the used token again revokes the whole session', async () => {
      const first = await login();
      expect(first.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(first.refreshExpiresIn).toBe(2_592_000);
      const second = await refresh(first.refreshToken);
      expect(second.status).toBe(200);
      expect(second.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 900, refreshToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), refreshExpiresIn: 2_592_000 });
      expect(second.body.refreshToken).not.toBe(first.refreshToken);
      expect(claimsOf(second.body.accessToken).sub).toBe(staffId);
      expect((await loans(second.body.accessToken)).status).toBe(403);
      const third = await refresh(second.body.refreshToken);
      expect(third.status).toBe(200);

      const reused = await refresh(first.refreshToken);
      expect(reused.status).toBe(401);
      expect(reused.body).toMatchObject({ statusCode: 401, error: 'REFRESH_TOKEN_INVALID' });
      expect(reused.body).not.toHaveProperty('details');
      for (const token of [third.body.refreshToken, second.body.refreshToken]) expect((await refresh(token)).body.error).toBe('REFRESH_TOKEN_INVALID');
      const stored = await database().selectFrom('refresh_tokens').select(['token_hash', 'revoked_at']).where('subject_id', '=', staffId).execute();
      expect(stored).toHaveLength(3);
      for (const row of stored) {
        expect(row.revoked_at).not.toBeNull();
        expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
      }
      // An unrelated sign-in of the same user lives on.
      expect((await refresh((await login()).refreshToken)).status).toBe(200);
    });

    it("a refreshed access token carries the user's current roles, and a deactivated user cannot refresh", async () => {
      const session = await login();
      expect(claimsOf(session.accessToken).roles).toEqual([{ brandId: running.demoBrandId, role: 'COLLECTION_EXECUTIVE' }]);
      await database().updateTable('staff_roles').set({ role: 'LOAN_EXECUTIVE' }).where('user_id', '=', staffId).execute();
      expect((await loans(session.accessToken)).status).toBe(403);
      const refreshed = await refresh(session.refreshToken);
      expect(refreshed.status).toBe(200);
      expect(claimsOf(refreshed.body.accessToken)).toMatchObject({ superAdmin: false, roles: [{ brandId: running.demoBrandId, role: 'LOAN_EXECUTIVE' }] });
      expect((await loans(refreshed.body.accessToken)).status).toBe(200);

      await database().updateTable('staff_users').set({ active: false }).where('id', '=', staffId).execute();
      try {
        expect((await refresh(refreshed.body.refreshToken)).status).toBe(401);
      } finally {
        await database().updateTable('staff_users').set({ active: true }).where('id', '=', staffId).execute();
      }
    });

    it('customers get a refresh token from verify-otp and refresh to a working access token; logout ends the session and always answers 204', async () => {
      const phone = '+919811000555';
      await call(running.app, 'POST', '/api/v1/web/auth/register', { body: { brandId: running.demoBrandId, phone } });
      const verified = await call(running.app, 'POST', '/api/v1/web/auth/verify-otp', { body: { brandId: running.demoBrandId, phone, otp: running.lastOtp(phone) } });
      expect(verified.status).toBe(200);
      expect(verified.body).toEqual(expect.objectContaining({ tokenType: 'Bearer', refreshToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), refreshExpiresIn: 2_592_000 }));
      const refreshed = await refresh(verified.body.refreshToken);
      expect(refreshed.status).toBe(200);
      expect(claimsOf(refreshed.body.accessToken)).toMatchObject({ sub: verified.body.customer.id });
      expect((await call(running.app, 'GET', '/api/v1/web/loans?limit=5&offset=0', { token: refreshed.body.accessToken })).status).toBe(200);

      const logout = (refreshToken: string) => call(running.app, 'POST', '/api/v1/auth/logout', { body: { refreshToken } });
      expect((await logout(refreshed.body.refreshToken)).status).toBe(204);
      expect((await refresh(refreshed.body.refreshToken)).status).toBe(401);
      expect((await logout(refreshed.body.refreshToken)).status).toBe(204);
      expect((await logout('A'.repeat(43))).status).toBe(204);
      expect((await refresh('A'.repeat(43))).body.error).toBe('REFRESH_TOKEN_INVALID');
    });

    it('two refreshes of one token at once: one wins, the other is a reuse that ends the session', async () => {
      const session = await login();
      const raced = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)]);
      expect(raced.map((r) => r.status).sort()).toEqual([200, 401]);
      const winner = raced.find((r) => r.status === 200)!;
      expect((await refresh(winner.body.refreshToken)).status).toBe(401);
    });

    it('refuses a missing or malformed refresh token with 400 naming the field, and documents the routes', async () => {
      for (const path of ['/api/v1/auth/refresh', '/api/v1/auth/logout']) {
        for (const body of [{}, { refreshToken: 42 }, { refreshToken: 'not a token!' }]) {
          const bad = await call(running.app, 'POST', path, { body });
          expect(bad.status, `${path} ${JSON.stringify(body)}`).toBe(400);
          expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['body.refreshToken']);
        }
        const garbage = await call(running.app, 'POST', path, { raw: 'refreshToken=abc' });
        expect(garbage.status).toBe(400);
        expect(garbage.body.details.map((d: { field: string }) => d.field)).toEqual(['body']);
      }
      const paths = (await call(running.app, 'GET', '/openapi.json')).body.paths;
      expect(Object.keys(paths['/api/v1/auth/refresh'])).toEqual(['post']);
      expect(Object.keys(paths['/api/v1/auth/logout'])).toEqual(['post']);
      const signInSchema = (path: string) => JSON.stringify(paths[path].post.responses['200']);
      for (const path of ['/api/v1/partner/auth/login', '/api/v1/web/auth/verify-otp', '/api/v1/auth/refresh']) expect(signInSchema(path)).toContain('refreshToken');
    });
  });
}
