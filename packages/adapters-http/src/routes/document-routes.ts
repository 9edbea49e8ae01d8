import type { Hono } from 'hono';
import { errorResponse } from '../errors.js';
import type { ServicingDeps } from '../http-deps.js';
import type { AppEnv } from '../route-table.js';

/**
 * `GET /api/v1/documents/*`: public, but serves a stored document only through a valid, unexpired signed
 * link (the store's HMAC over key and expiry). Anything else, including a document that is gone, answers
 * the same 404, so a link reveals nothing about which documents exist.
 */
export function documentRoutes(app: Hono<AppEnv>, deps: ServicingDeps | undefined): void {
  if (!deps) return;
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
