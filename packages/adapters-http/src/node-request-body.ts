import { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * The Node request behind a Hono context when the app runs under `@hono/node-server` with a declared
 * `content-length` (and no chunked encoding), so its body may be read straight from the socket. Anything
 * else (a `fetch` Request from `app.request()`, another runtime, a chunked upload) answers undefined and
 * goes through the standard Request.
 *
 * Why: the node server's Request is a lazy shim; reading its body (or only asking whether it has one)
 * builds a WHATWG Request with a web ReadableStream and an AbortSignal, which costs more than the rest
 * of a small JSON request's parsing. Node's HTTP parser never delivers more than the declared length, so
 * a length checked against the body limit bounds the read.
 */
export function nodeRequestWithLength(c: Context): { readonly incoming: IncomingMessage; readonly length: number } | undefined {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  if (!(incoming instanceof IncomingMessage)) return undefined;
  const header = incoming.headers['content-length'];
  if (header === undefined || incoming.headers['transfer-encoding'] !== undefined) return undefined;
  const length = Number(header);
  return Number.isSafeInteger(length) && length >= 0 ? { incoming, length } : undefined;
}

/** Whether the request has no body by its method (GET, HEAD), read from the Node request without the shim. */
export function nodeRequestWithoutBody(c: Context): boolean {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  return incoming instanceof IncomingMessage && (incoming.method === 'GET' || incoming.method === 'HEAD');
}

/**
 * The whole body of a Node request as UTF-8 text, or undefined when someone already started reading it
 * (then the caller uses the standard Request). Rejects when the client goes away before the end.
 */
export function readNodeBody(incoming: IncomingMessage): Promise<string> | undefined {
  if (incoming.readableDidRead || incoming.readableEnded) return undefined;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let ended = false;
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.once('end', () => {
      ended = true;
      resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8'));
    });
    incoming.once('error', reject);
    // Every request closes; only one that closes before its end lost its body (an Error is costly to build).
    incoming.once('close', () => {
      if (!ended) reject(new Error('the request closed before its body was read'));
    });
  });
}

/**
 * A request header (lower-case name), from the Node request's parsed headers when the node server runs
 * the app: Hono's `c.req.header()` there first builds a WHATWG Headers object of every header.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  if (!(incoming instanceof IncomingMessage)) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
