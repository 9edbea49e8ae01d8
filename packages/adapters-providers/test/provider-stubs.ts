/**
 * Helpers the provider stubs share. Signatures are computed with WebCrypto, independently of the
 * adapters' node:crypto code, so a mistake in one is not mirrored in the other.
 */
export async function hmac(secret: string, text: string, encoding: 'hex' | 'base64'): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const bytes = Buffer.from(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text)));
  return bytes.toString(encoding);
}

/** A fetch that sends requests to a Hono app instead of the network. */
export function fetchInto(app: { request: (input: string, init?: RequestInit) => Response | Promise<Response> }): typeof fetch {
  return (input, init) => Promise.resolve(app.request(String(input), init));
}

/** Checks HTTP basic auth. */
export function hasBasicAuth(header: string | undefined, user: string, password: string): boolean {
  return header === `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
