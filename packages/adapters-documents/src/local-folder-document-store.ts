import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { type DocumentStore, InvalidDocumentKeyError, type StoredDocument, isSafeDocumentKey } from '@los/application';
import { SignedLink } from './signed-link.js';

/**
 * Where the store keeps its files and how it signs links.
 * @example new LocalFolderDocumentStore({ root: '.los-data/documents', secret, basePath: '/documents' })
 */
export interface LocalFolderDocumentStoreOptions {
  /** The folder that holds every document; nothing outside it is ever read or written. */
  readonly root: string;
  /** The HMAC key for links: at least 32 bytes, from the secret store, the same on every instance. */
  readonly secret: string | Uint8Array;
  /** The URL path the links are served under. */
  readonly basePath?: string;
}

interface Meta {
  readonly contentType: string;
  readonly sha256: string;
}

/**
 * Documents in a local folder (embedded mode, single-host deployments): bytes under `data/`, the content
 * type and digest under `meta/`, each written to a temporary file and renamed so a reader never sees half
 * a document.
 * @example const store = new LocalFolderDocumentStore({ root, secret }); await store.put('acme/loans/L-1/noc.pdf', pdf, 'application/pdf');
 */
export class LocalFolderDocumentStore implements DocumentStore {
  private readonly root: string;
  private readonly links: SignedLink;
  private writes = 0;

  constructor(options: LocalFolderDocumentStoreOptions) {
    this.root = resolve(options.root);
    this.links = new SignedLink(options.secret, options.basePath ?? '/documents');
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<StoredDocument> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await this.atomicWrite(this.pathOf('data', key), bytes);
    const meta: Meta = { contentType, sha256 };
    await this.atomicWrite(this.pathOf('meta', key), new TextEncoder().encode(JSON.stringify(meta)));
    return { key, contentType, byteLength: bytes.byteLength, sha256 };
  }

  async get(key: string): Promise<{ readonly bytes: Uint8Array; readonly contentType: string } | null> {
    const data = this.pathOf('data', key);
    const metaPath = this.pathOf('meta', key);
    try {
      const [bytes, meta] = await Promise.all([readFile(data), readFile(metaPath, 'utf8')]);
      return { bytes: new Uint8Array(bytes), contentType: (JSON.parse(meta) as Meta).contentType };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new Error(`reading document ${key} failed`, { cause: error });
    }
  }

  signedUrl(key: string, expiresInSeconds: number, now: Date): string {
    this.check(key);
    return this.links.sign(key, expiresInSeconds, now);
  }

  verifySignedUrl(pathAndQuery: string, now: Date): string | null {
    const key = this.links.verify(pathAndQuery, now);
    return key !== null && isSafeDocumentKey(key) ? key : null;
  }

  private check(key: string): void {
    if (!isSafeDocumentKey(key)) throw new InvalidDocumentKeyError(key);
  }

  /** The file for a key, checked twice: the key's syntax, then that the resolved path stays under the root. */
  private pathOf(area: 'data' | 'meta', key: string): string {
    this.check(key);
    const base = resolve(this.root, area);
    const path = resolve(base, ...key.split('/')) + (area === 'meta' ? '.json' : '');
    if (!path.startsWith(base + sep)) throw new InvalidDocumentKeyError(key);
    return path;
  }

  private async atomicWrite(path: string, bytes: Uint8Array): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${(this.writes += 1)}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  }
}
