import type { z } from 'zod';

/** Who may call a route. */
export type RouteSecurity = 'public' | 'customer' | 'staff';

/** A route's contract: the zod schemas that validate it are the ones the OpenAPI document is built from. */
export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Hono-style path, e.g. `/api/v1/web/loans/:loanId`. */
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly security: RouteSecurity;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** Success responses by status, each with a description and (optionally) the schema of its body. */
  readonly responses: Readonly<Record<number, { readonly description: string; readonly schema?: z.ZodType }>>;
  /** Error statuses this route may answer besides 400 and 500. */
  readonly errors?: readonly number[];
}
