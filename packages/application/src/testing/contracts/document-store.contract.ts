import { describe, expect, it } from 'vitest';
import type { DocumentStore } from '../../ports/documents.js';

/**
 * How a DocumentStore implementation joins the contract run; `skip` is the reason it cannot run here.
 * @example describeDocumentStoreContract({ name: 'local folder', create: () => new LocalFolderDocumentStore({ root, secret }) })
 */
export interface DocumentStoreContractOptions {
  readonly name: string;
  readonly create: () => DocumentStore | Promise<DocumentStore>;
  readonly skip?: string;
}

const NOW = new Date('2025-04-01T10:00:00.250Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const pdfBytes = () => new TextEncoder().encode('%PDF-1.3\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

/** Rewrites one query parameter of a link, keeping the rest as issued. */
function withParam(link: string, name: string, value: (old: string) => string): string {
  const url = new URL(link, 'http://documents.invalid');
  url.searchParams.set(name, value(url.searchParams.get(name) ?? ''));
  return `${url.pathname}${url.search}`;
}

/**
 * The behaviour every DocumentStore shares: bytes and content type round-trip, unknown keys are null,
 * signed links verify until they expire and never once altered, and no key can reach outside the store.
 * @example describeDocumentStoreContract({ name: 's3', create: () => store, skip: 'no S3 endpoint on this machine' })
 */
export function describeDocumentStoreContract(options: DocumentStoreContractOptions): void {
  const suite = options.skip ? describe.skip : describe;
  suite(`DocumentStore contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    it('returns the bytes and content type that were put, and the latest after an overwrite', async () => {
      const store = await options.create();
      const bytes = pdfBytes();
      const stored = await store.put('acme/loans/L-1/kfs.pdf', bytes, 'application/pdf');
      expect(stored).toMatchObject({ key: 'acme/loans/L-1/kfs.pdf', contentType: 'application/pdf', byteLength: bytes.byteLength });
      expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
      const got = await store.get('acme/loans/L-1/kfs.pdf');
      expect(got?.contentType).toBe('application/pdf');
      expect(Array.from(got?.bytes ?? [])).toEqual(Array.from(bytes));
      await store.put('acme/loans/L-1/kfs.pdf', new Uint8Array([1, 2, 3]), 'application/octet-stream');
      const again = await store.get('acme/loans/L-1/kfs.pdf');
      expect([again?.contentType, Array.from(again?.bytes ?? [])]).toEqual(['application/octet-stream', [1, 2, 3]]);
    });

    it('keeps every byte value intact', async () => {
      const store = await options.create();
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      await store.put('acme/bytes.bin', all, 'application/octet-stream');
      expect(Array.from((await store.get('acme/bytes.bin'))?.bytes ?? [])).toEqual(Array.from(all));
    });

    it('returns null for a key never put', async () => {
      const store = await options.create();
      expect(await store.get('acme/loans/none/kfs.pdf')).toBeNull();
    });

    it('verifies a signed link until it expires, and not after', async () => {
      const store = await options.create();
      const link = store.signedUrl('acme/loans/L-1/noc.pdf', 300, NOW);
      expect(link).not.toContain('://');
      expect(store.verifySignedUrl(link, NOW)).toBe('acme/loans/L-1/noc.pdf');
      expect(store.verifySignedUrl(link, later(299))).toBe('acme/loans/L-1/noc.pdf');
      expect(store.verifySignedUrl(link, later(300))).toBeNull();
      expect(store.verifySignedUrl(link, later(86_400))).toBeNull();
    });

    it('rejects a link whose key, expiry or signature was altered, or that is malformed', async () => {
      const store = await options.create();
      const link = store.signedUrl('acme/loans/L-1/kfs.pdf', 300, NOW);
      const url = new URL(link, 'http://documents.invalid');
      const otherKey = `${url.pathname.replace('L-1', 'L-2')}${url.search}`;
      expect(otherKey).not.toBe(link);
      expect(store.verifySignedUrl(otherKey, NOW)).toBeNull();
      expect(store.verifySignedUrl(withParam(link, 'expires', (e) => String(Number(e) + 3600)), NOW)).toBeNull();
      const flipped = withParam(link, 'signature', (s) => `${s.slice(0, -1)}${s.endsWith('A') ? 'B' : 'A'}`);
      expect(store.verifySignedUrl(flipped, NOW)).toBeNull();
      expect(store.verifySignedUrl(withParam(link, 'signature', () => ''), NOW)).toBeNull();
      expect(store.verifySignedUrl(url.pathname, NOW)).toBeNull();
      expect(store.verifySignedUrl('not a link', NOW)).toBeNull();
    });

    it('refuses keys that could escape the store, in put, get and links', async () => {
      const store = await options.create();
      for (const key of ['../escape.pdf', 'acme/../../escape.pdf', '/etc/passwd', 'acme\\..\\x.pdf', 'acme//x.pdf', '', '.hidden']) {
        await expect(store.put(key, pdfBytes(), 'application/pdf'), key).rejects.toThrow();
        await expect(store.get(key), key).rejects.toThrow();
        expect(() => store.signedUrl(key, 60, NOW), key).toThrow();
      }
      const link = store.signedUrl('acme/x.pdf', 60, NOW);
      const url = new URL(link, 'http://documents.invalid');
      const escaped = `${url.pathname.replace('acme/x.pdf', 'acme/%2E%2E/%2E%2E/x.pdf')}${url.search}`;
      expect(store.verifySignedUrl(escaped, NOW)).toBeNull();
    });
  });
}
