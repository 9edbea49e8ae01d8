import type { Actor } from '@los/application';
import { z } from 'zod';
import { HttpError } from '../errors.js';
import type { HttpDeps, SessionUseCases } from '../http-deps.js';
import type { RouteTable } from '../route-table.js';
import { tokenSchema } from '../schemas.js';

/** The tokens a sign-in or a refresh answers with: a short access token and, once, the refresh token of the session. */
export const sessionTokenSchema = tokenSchema.extend({
  refreshToken: z.string().describe('the refresh token of this session, shown once: exchange it at POST /api/v1/auth/refresh'),
  refreshExpiresIn: z.number().int().describe('seconds until the refresh token expires unless it is exchanged first'),
});

const refreshTokenBody = z.object({
  refreshToken: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, 'must be the refresh token a sign-in or refresh returned'),
});

/** A signed access token for the actor and, when sessions are wired, the refresh token of a new session. */
export async function signInTokens(deps: Pick<HttpDeps, 'tokens' | 'sessions'>, actor: Actor) {
  const session = deps.sessions ? await deps.sessions.issueSession.execute(actor) : undefined;
  return { ...deps.tokens.issue(actor), tokenType: 'Bearer' as const, ...session };
}

/** Refresh (rotation with reuse detection) and logout, one pair of routes for customers and staff. */
export function sessionRoutes(table: RouteTable, deps: Pick<HttpDeps, 'tokens'>, sessions: SessionUseCases): void {
  table.add(
    {
      method: 'post',
      path: '/api/v1/auth/refresh',
      summary: 'Exchange a refresh token for a new access token and a new refresh token; the one presented is used up (presenting it again ends the session)',
      tags: ['auth'],
      security: 'public',
      body: refreshTokenBody,
      responses: { 200: { description: 'the new tokens; claims read afresh (current roles)', schema: sessionTokenSchema } },
      errors: [401],
    },
    async (c, { body }) => {
      const result = await sessions.refreshSession.execute(body);
      if (!result.ok) throw new HttpError(401, 'REFRESH_TOKEN_INVALID', 'the refresh token is not valid; sign in again');
      const { actor, refreshToken, refreshExpiresIn } = result.value;
      return c.json({ ...deps.tokens.issue(actor), tokenType: 'Bearer' as const, refreshToken, refreshExpiresIn });
    },
  );

  table.add(
    {
      method: 'post',
      path: '/api/v1/auth/logout',
      summary: "Sign out: revokes the refresh token's session (every refresh token of that sign-in); 204 whatever the token",
      tags: ['auth'],
      security: 'public',
      body: refreshTokenBody,
      responses: { 204: { description: 'the session, if there was one, is revoked' } },
    },
    async (c, { body }) => {
      await sessions.revokeSession.execute(body);
      return c.body(null, 204);
    },
  );
}
