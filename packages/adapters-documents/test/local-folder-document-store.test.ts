import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDocumentStoreContract } from '@los/application/testing';
import { describe, expect, it } from 'vitest';
import { LocalFolderDocumentStore } from '../src/index.js';

const SECRET = 'test-only-signing-secret-0123456789abcdef';
const store = (root = mkdtempSync(join(tmpdir(), 'los-docs-'))) => new LocalFolderDocumentStore({ root, secret: SECRET });

describeDocumentStoreContract({ name: 'local folder', create: () => store() });

describe('LocalFolderDocumentStore', () => {
  it('keeps documents inside its root and leaves no temporary files behind', async () => {
    const root = mkdtempSync(join(tmpdir(), 'los-docs-'));
    await store(root).put('acme/loans/L-1/kfs.pdf', new Uint8Array([37, 80, 68, 70]), 'application/pdf');
    expect(readdirSync(join(root, 'data/acme/loans/L-1'))).toEqual(['kfs.pdf']);
    expect(readdirSync(join(root, 'meta/acme/loans/L-1'))).toEqual(['kfs.pdf.json']);
  });

  it('does not accept links signed with another secret', () => {
    const other = new LocalFolderDocumentStore({ root: tmpdir(), secret: 'another-signing-secret-0123456789abcdef' });
    const now = new Date('2025-04-01T10:00:00Z');
    expect(store().verifySignedUrl(other.signedUrl('acme/kfs.pdf', 60, now), now)).toBeNull();
  });

  it('refuses a short signing secret', () => {
    expect(() => new LocalFolderDocumentStore({ root: tmpdir(), secret: 'short' })).toThrow(RangeError);
  });
});
