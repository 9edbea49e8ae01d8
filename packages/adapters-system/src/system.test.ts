import { describe, expect, it } from 'vitest';
import { BcryptPasswordHasher } from './bcrypt-password-hasher.js';
import { CryptoOtpGenerator } from './crypto-otp-generator.js';
import { CryptoRefreshTokenSecrets } from './crypto-refresh-token-secrets.js';
import { HmacAadhaarReferences } from './hmac-aadhaar-references.js';
import { HmacSecretHasher } from './hmac-secret-hasher.js';
import { UuidV7Generator } from './uuid-generator.js';

describe('system adapters', () => {
  it('UUIDv7 ids are well-formed, unique and sort by time, across refills of the random pool', () => {
    let t = 1_700_000_000_000;
    const gen = new UuidV7Generator(() => t++);
    const ids = Array.from({ length: 600 }, () => gen.next());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(600);
    expect([...ids].sort()).toEqual(ids);
    // Within one millisecond the random part alone keeps ids apart.
    const frozen = new UuidV7Generator(() => t);
    expect(new Set(Array.from({ length: 600 }, () => frozen.next())).size).toBe(600);
  });

  it('OTPs have the requested digits', () => {
    const gen = new CryptoOtpGenerator();
    for (let i = 0; i < 100; i++) expect(gen.generate(6)).toMatch(/^\d{6}$/);
    expect(() => gen.generate(2)).toThrow(RangeError);
  });

  it('HMAC hashes match only the same secret under the same key', () => {
    const a = new HmacSecretHasher('k'.repeat(32));
    const b = new HmacSecretHasher('j'.repeat(32));
    const h = a.hash('123456');
    expect(h).not.toContain('123456');
    expect(a.matches('123456', h)).toBe(true);
    expect(a.matches('123457', h)).toBe(false);
    expect(b.matches('123456', h)).toBe(false);
    expect(a.matches('123456', 'zz')).toBe(false);
  });

  it('an Aadhaar reference is stable per number and key, hides the number and refuses anything but 12 digits', () => {
    const refs = new HmacAadhaarReferences('k'.repeat(32));
    const ref = refs.referenceOf('234123412346');
    expect(ref).toMatch(/^[0-9a-f]{64}$/);
    expect(ref).not.toContain('234123412346');
    expect(refs.referenceOf('234123412346')).toBe(ref);
    expect(refs.referenceOf('234123412347')).not.toBe(ref);
    expect(new HmacAadhaarReferences('j'.repeat(32)).referenceOf('234123412346')).not.toBe(ref);
    // Keyed apart from OTP hashes: the same key and digits never give the OTP hash.
    expect(new HmacSecretHasher('k'.repeat(32)).hash('234123412346')).not.toBe(ref);
    expect(refs.referenceOf('2341 2341 2346')).toBe(ref);
    expect(() => refs.referenceOf('XXXX-XXXX-2346')).toThrow(RangeError);
  });

  it('bcrypt verifies the right password only', async () => {
    const hasher = new BcryptPasswordHasher(4);
    const hash = await hasher.hash('correct horse');
    expect(hash.startsWith('$2')).toBe(true);
    expect(await hasher.verify('correct horse', hash)).toBe(true);
    expect(await hasher.verify('wrong horse', hash)).toBe(false);
  });

  it('refresh token secrets are 32 random bytes in base64url, hashed with SHA-256 to a value that hides them', () => {
    const secrets = new CryptoRefreshTokenSecrets();
    const made = Array.from({ length: 200 }, () => secrets.generate());
    for (const secret of made) expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    for (const secret of made) expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(made).size).toBe(200);
    // The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
    expect(secrets.hash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(secrets.hash(made[0]!)).toBe(secrets.hash(made[0]!));
    expect(secrets.hash(made[0]!)).not.toContain(made[0]!);
  });
});
