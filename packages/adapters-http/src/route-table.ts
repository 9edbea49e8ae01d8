import type { Actor } from '@los/application';
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { JwtTokenService } from './auth/token-service.js';
import { HttpError, requestIdOf } from './errors.js';
import { requestHeader } from './node-request-body.js';
import type { RouteSpec } from './openapi/route-spec.js';
import { validateRequest } from './validation.js';

/** Hono environment of the app: per-request variables. */
export interface AppEnv {
  Variables: { requestId: string };
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler receives: validated input and, on protected routes, the signed-in actor. */
export interface HandlerInput<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly actor: Actor;
}

/**
 * Registers routes from their specs: authentication by the spec's security, validation by its schemas,
 * and the spec kept for the OpenAPI document, so docs and behaviour cannot drift apart.
 */
export class RouteTable {
  readonly specs: RouteSpec[] = [];

  constructor(
    private readonly app: Hono<AppEnv>,
    private readonly tokens: JwtTokenService,
  ) {}

  add<P extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
    spec: Omit<RouteSpec, 'params' | 'query' | 'body'> & { readonly params?: P; readonly query?: Q; readonly body?: B },
    handler: (c: Context<AppEnv>, input: HandlerInput<Out<P>, Out<Q>, Out<B>>) => Promise<Response>,
  ): void {
    this.specs.push(spec as RouteSpec);
    this.app.on(spec.method.toUpperCase(), spec.path, async (c) => {
      const actor = this.authenticate(c, spec.security);
      const input = await validateRequest(c, {
        ...(spec.params ? { params: spec.params } : {}),
        ...(spec.query ? { query: spec.query } : {}),
        ...(spec.body ? { body: spec.body } : {}),
      });
      return handler(c, { ...(input as { params: Out<P>; query: Out<Q>; body: Out<B> }), actor: actor as Actor });
    });
  }

  private authenticate(c: Context<AppEnv>, security: RouteSpec['security']): Actor | null {
    if (security === 'public') return null;
    const header = requestHeader(c, 'authorization');
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    const actor = token ? this.tokens.verify(token) : null;
    if (!actor) throw new HttpError(401, 'UNAUTHENTICATED', 'a valid bearer token is required');
    if (actor.kind !== security) throw new HttpError(401, 'UNAUTHENTICATED', `this route needs a ${security} token`);
    // The request id travels with the actor, so the audit rows of what the request changed carry it.
    return { ...actor, requestId: requestIdOf(c) };
  }
}
