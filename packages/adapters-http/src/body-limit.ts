import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { nodeRequestWithLength, nodeRequestWithoutBody } from './node-request-body.js';

/**
 * Refuses request bodies over `maxSize` bytes through `onError`. Under `@hono/node-server` a bodiless
 * method or a declared `content-length` is checked on the Node request itself, so the Request shim is not
 * built just to look at the body (see {@link nodeRequestWithLength}); chunked uploads and every other
 * runtime go through Hono's `bodyLimit`, which counts the bytes as they stream.
 */
export function limitBody(options: { readonly maxSize: number; readonly onError: (c: Context) => Response | Promise<Response> }): MiddlewareHandler {
  const streaming = bodyLimit({ maxSize: options.maxSize, onError: options.onError });
  return async (c, next) => {
    if (nodeRequestWithoutBody(c)) return next();
    const declared = nodeRequestWithLength(c);
    if (declared) return declared.length > options.maxSize ? options.onError(c) : next();
    return streaming(c, next);
  };
}
