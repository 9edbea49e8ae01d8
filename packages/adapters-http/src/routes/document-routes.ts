import type { Hono } from 'hono';
import { z } from 'zod';
import { errorResponse } from '../errors.js';
import type { ServicingDeps } from '../http-deps.js';
import type { AppEnv, RouteTable } from '../route-table.js';

/**
 * `GET /api/v1/documents/*`: public, but serves a stored document only through a valid, unexpired signed
 * link (the store's HMAC over key and expiry). Anything else, including a document that is gone, answers
 * the same 404, so a link reveals nothing about which documents exist.
 */
export function documentRoutes(app: Hono<AppEnv>, table: RouteTable, deps: ServicingDeps | undefined): void {
  if (!deps) return;
  // Documented only: the key is the rest of the path, which the table's parameter routing does not express.
  table.specs.push({
    method: 'get',
    path: '/api/v1/documents/:key',
    summary: 'A stored document (PDF) through a signed, expiring link handed out by the API',
    tags: ['documents'],
    security: 'public',
    params: z.object({ key: z.string().describe('the document key, several path segments') }),
    query: z.object({ expires: z.string().describe('expiry, seconds since the epoch'), signature: z.string().describe('HMAC-SHA256 of key and expiry, base64url') }),
    responses: { 200: { description: 'the document bytes, with its content type' } },
    errors: [404],
  });
  app.get('/api/v1/documents/*', async (c) => {
    const url = new URL(c.req.url);
    const key = deps.documents.verifySignedUrl(`${url.pathname}${url.search}`, deps.now());
    const document = key === null ? null : await deps.documents.get(key);
    if (!key || !document) return errorResponse(c, 404, 'NOT_FOUND', 'no such document, or the link has expired');
    const fileName = key.split('/').at(-1) ?? 'document';
    return c.body(document.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': document.contentType,
      'content-disposition': `inline; filename="${fileName}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  });
}
