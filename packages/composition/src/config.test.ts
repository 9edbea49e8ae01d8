import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.js';

describe('parseConfig', () => {
  it('needs nothing in embedded mode', () => {
    const r = parseConfig({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.mode).toBe('embedded');
    expect(r.config.port).toBe(3000);
    expect(r.config.database).toEqual({ kind: 'pglite', dataDir: '.los-data/pglite' });
    expect(r.config.bus).toEqual({ kind: 'in-process' });
    expect(r.config.cache).toEqual({ kind: 'memory' });
    expect(r.config.seedDemo).toBe(true);
  });

  it('uses the real services when their URLs are set', () => {
    const r = parseConfig({ DATABASE_URL: 'postgres://u@h:5432/db', AMQP_URL: 'amqp://g:g@h', REDIS_URL: 'redis://h:6379', LOS_DATA_DIR: '/tmp/x' });
    expect(r.ok && r.config.database).toEqual({ kind: 'postgres', url: 'postgres://u@h:5432/db', poolSize: 20 });
    expect(r.ok && r.config.bus.kind).toBe('amqp');
    expect(r.ok && r.config.cache.kind).toBe('redis');
  });

  it('lists one clear message per bad variable', () => {
    const r = parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', LOS_MODE: 'production' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContain('PORT: must be a whole number');
    expect(r.errors.some((e) => e.startsWith('DATABASE_URL: must be a URL starting with postgres://'))).toBe(true);
    expect(r.errors.some((e) => e.startsWith('LOG_LEVEL:'))).toBe(true);
    expect(r.errors).toContain('AMQP_URL: is required when LOS_MODE=production');
    expect(r.errors).toContain('JWT_SECRET: is required when LOS_MODE=production');
  });

  it('takes the Surepass credit-report token and optional URL, refusing a URL without a token', () => {
    const r = parseConfig({ SUREPASS_BUREAU_TOKEN: 'jwt', SUREPASS_BUREAU_URL: 'https://sandbox.surepass.io/' });
    expect(r.ok && r.config.providers.surepassBureau).toEqual({ token: 'jwt', baseUrl: 'https://sandbox.surepass.io' });
    expect(parseConfig({}).ok && (parseConfig({}) as { config: { providers: object } }).config.providers).not.toHaveProperty('surepassBureau');
    const bad = parseConfig({ SUREPASS_BUREAU_URL: 'ftp://x' });
    expect(bad.ok ? [] : bad.errors).toEqual(expect.arrayContaining([expect.stringMatching(/^SUREPASS_BUREAU_URL: must be an http\(s\) URL/), 'SUREPASS_BUREAU_URL: needs SUREPASS_BUREAU_TOKEN']));
  });

  it('takes the FinBox keys together, with an optional URL, refusing one key alone or a URL without keys', () => {
    const r = parseConfig({ FINBOX_API_KEY: 'key', FINBOX_SERVER_HASH: 'hash', FINBOX_BASE_URL: 'https://finbox.example/bank-connect/' });
    expect(r.ok && r.config.providers.finbox).toEqual({ apiKey: 'key', serverHash: 'hash', baseUrl: 'https://finbox.example/bank-connect' });
    expect((parseConfig({}) as { config: { providers: object } }).config.providers).not.toHaveProperty('finbox');
    const half = parseConfig({ FINBOX_API_KEY: 'key', FINBOX_BASE_URL: 'https://finbox.example' });
    expect(half.ok ? [] : half.errors).toEqual(['FINBOX_SERVER_HASH: is required when any of FINBOX_API_KEY, FINBOX_SERVER_HASH is set']);
    const urlOnly = parseConfig({ FINBOX_BASE_URL: 'https://finbox.example' });
    expect(urlOnly.ok ? [] : urlOnly.errors).toEqual(['FINBOX_BASE_URL: needs the FINBOX_* keys']);
  });

  it('refuses a partial Twilio configuration', () => {
    const r = parseConfig({ TWILIO_ACCOUNT_SID: 'AC1' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(['TWILIO_AUTH_TOKEN: is required when any TWILIO_* variable is set', 'TWILIO_FROM: is required when any TWILIO_* variable is set']);
  });

  it('keeps refresh tokens 30 days unless REFRESH_TOKEN_TTL_SECONDS says otherwise, within 5 minutes to a year', () => {
    expect(parseConfig({}).ok && (parseConfig({}) as { config: { refreshTokenTtlSeconds: number } }).config.refreshTokenTtlSeconds).toBe(2_592_000);
    const r = parseConfig({ REFRESH_TOKEN_TTL_SECONDS: '86400' });
    expect(r.ok && r.config.refreshTokenTtlSeconds).toBe(86_400);
    const bad = parseConfig({ REFRESH_TOKEN_TTL_SECONDS: '60' });
    expect(bad.ok ? [] : bad.errors.map((e) => e.split(':')[0])).toEqual(['REFRESH_TOKEN_TTL_SECONDS']);
  });
});
