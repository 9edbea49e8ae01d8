import type { Context } from 'hono';
import type { z } from 'zod';
import { type FieldIssue, HttpError } from './errors.js';
import { nodeRequestWithLength, readNodeBody } from './node-request-body.js';

function issuesOf(error: z.ZodError, location: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: [location, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

/** The validated parts of a request, typed by their schemas. */
export interface ValidInput<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
}

/**
 * Validates path, query and body against their schemas together, so one 400 lists every bad field at once.
 * A body that is not JSON is a 400 too. Nothing downstream runs on invalid input.
 */
export async function validateRequest<P, Q, B>(
  c: Context,
  schemas: { readonly params?: z.ZodType<P>; readonly query?: z.ZodType<Q>; readonly body?: z.ZodType<B> },
): Promise<ValidInput<P, Q, B>> {
  const issues: FieldIssue[] = [];
  const parse = <T>(schema: z.ZodType<T> | undefined, value: unknown, location: string): T => {
    if (!schema) return undefined as T;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    issues.push(...issuesOf(result.error, location));
    return undefined as T;
  };
  const params = parse(schemas.params, c.req.param(), 'params');
  const query = parse(schemas.query, c.req.query(), 'query');
  let body: B = undefined as B;
  if (schemas.body) {
    let raw: unknown;
    try {
      raw = await readJson(c);
    } catch {
      throw new HttpError(400, 'INVALID_JSON', 'the request body must be a JSON document', [{ field: 'body', message: 'not valid JSON' }]);
    }
    body = parse(schemas.body, raw, 'body');
  }
  if (issues.length > 0) {
    throw new HttpError(400, 'VALIDATION_FAILED', `invalid request: ${issues.map((i) => i.field).join(', ')}`, issues);
  }
  return { params, query, body };
}

/** The JSON body: straight from the Node request when the node server runs the app, else through the Request. */
async function readJson(c: Context): Promise<unknown> {
  const declared = nodeRequestWithLength(c);
  const text = declared ? readNodeBody(declared.incoming) : undefined;
  return text ? JSON.parse(await text) : c.req.json();
}
