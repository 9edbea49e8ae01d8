import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signs and checks `<basePath>/<key>?expires=…&signature=…` links with HMAC-SHA256.
 * @example new SignedLink(secret, '/documents').sign('acme/kfs.pdf', 900, now) // '/documents/acme/kfs.pdf?expires=…&signature=…'
 */
export class SignedLink {
  constructor(
    private readonly secret: string | Uint8Array,
    private readonly basePath: string,
  ) {
    if (secret.length < 32) throw new RangeError('the link signing secret must be at least 32 bytes');
  }

  /** A link to `key` valid for `expiresInSeconds` from `now` (whole seconds, rounded down). */
  sign(key: string, expiresInSeconds: number, now: Date): string {
    if (!Number.isSafeInteger(expiresInSeconds) || expiresInSeconds <= 0) throw new RangeError('expiresInSeconds must be a positive whole number');
    const expires = Math.floor(now.getTime() / 1000) + expiresInSeconds;
    const path = `${this.basePath}/${key.split('/').map(encodeURIComponent).join('/')}`;
    return `${path}?expires=${expires}&signature=${this.mac(key, expires)}`;
  }

  /** The key a link grants, or null when it is expired, altered or malformed; the key is not yet checked for safety. */
  verify(pathAndQuery: string, now: Date): string | null {
    let url: URL;
    try {
      url = new URL(pathAndQuery, 'http://documents.invalid');
    } catch {
      return null;
    }
    const prefix = `${this.basePath}/`;
    if (!pathAndQuery.startsWith('/') || !url.pathname.startsWith(prefix)) return null;
    const expiresText = url.searchParams.get('expires') ?? '';
    const signature = url.searchParams.get('signature') ?? '';
    if (!/^\d{1,12}$/.test(expiresText) || !/^[A-Za-z0-9_-]{43}$/.test(signature)) return null;
    let key: string;
    try {
      key = url.pathname.slice(prefix.length).split('/').map(decodeURIComponent).join('/');
    } catch {
      return null;
    }
    const expires = Number(expiresText);
    const expected = Buffer.from(this.mac(key, expires));
    if (!timingSafeEqual(expected, Buffer.from(signature))) return null;
    return now.getTime() < expires * 1000 ? key : null;
  }

  // The key and the expiry are both signed, separated by a byte no key may contain.
  private mac(key: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${key}\n${expires}`).digest('base64url');
  }
}
