import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { JwtTokenService } from './token-service.js';

const secret = 's'.repeat(40);

describe('JwtTokenService', () => {
  it('round-trips customer and staff actors', () => {
    const tokens = new JwtTokenService({ secret });
    const customer = tokens.issue({ kind: 'customer', customerId: 'c1', brandId: 'b1' });
    expect(customer.expiresIn).toBe(900);
    expect(tokens.verify(customer.accessToken)).toEqual({ kind: 'customer', customerId: 'c1', brandId: 'b1' });
    const staff = tokens.issue({ kind: 'staff', userId: 'u1', superAdmin: false, roles: [{ brandId: 'b1', role: 'LOAN_EXECUTIVE' }] });
    expect(tokens.verify(staff.accessToken)).toEqual({ kind: 'staff', userId: 'u1', superAdmin: false, roles: [{ brandId: 'b1', role: 'LOAN_EXECUTIVE' }] });
  });

  it('refuses tokens signed with another key, of another issuer, expired, unsigned or malformed', () => {
    const tokens = new JwtTokenService({ secret });
    const other = new JwtTokenService({ secret: 'x'.repeat(40) });
    expect(tokens.verify(other.issue({ kind: 'customer', customerId: 'c1', brandId: 'b1' }).accessToken)).toBeNull();
    expect(tokens.verify(jwt.sign({ kind: 'customer', brandId: 'b1' }, secret, { issuer: 'elsewhere', subject: 'c1' }))).toBeNull();
    expect(tokens.verify(jwt.sign({ kind: 'customer', brandId: 'b1', exp: Math.floor(Date.now() / 1000) - 10 }, secret, { issuer: 'los', subject: 'c1' }))).toBeNull();
    const [header, payload] = tokens.issue({ kind: 'customer', customerId: 'c1', brandId: 'b1' }).accessToken.split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    expect(header).toBeDefined();
    expect(tokens.verify(none)).toBeNull();
    expect(tokens.verify('not-a-token')).toBeNull();
    expect(tokens.verify(jwt.sign({ kind: 'robot' }, secret, { issuer: 'los', subject: 'c1' }))).toBeNull();
  });

  it('refuses a tampered payload or signature, another algorithm, a token not yet valid or without expiry', () => {
    const tokens = new JwtTokenService({ secret });
    const [header, payload, signature] = tokens.issue({ kind: 'customer', customerId: 'c1', brandId: 'b1' }).accessToken.split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), brandId: 'b2' })).toString('base64url');
    expect(tokens.verify(`${header}.${forged}.${signature}`)).toBeNull();
    expect(tokens.verify(`${header}.${payload}.${signature.slice(0, -2)}`)).toBeNull();
    expect(tokens.verify(`${header}.${payload}.${signature}x`)).toBeNull();
    expect(tokens.verify(`${header}.${payload}.${signature}.extra`)).toBeNull();
    expect(tokens.verify(jwt.sign({ kind: 'customer', brandId: 'b1' }, secret, { algorithm: 'HS384', issuer: 'los', subject: 'c1', expiresIn: 60 }))).toBeNull();
    expect(tokens.verify(jwt.sign({ kind: 'customer', brandId: 'b1' }, secret, { issuer: 'los', subject: 'c1', expiresIn: 60, notBefore: 30 }))).toBeNull();
    expect(tokens.verify(jwt.sign({ kind: 'customer', brandId: 'b1' }, secret, { issuer: 'los', subject: 'c1' }))).toBeNull();
    expect(tokens.verify(jwt.sign({ kind: 'customer', brandId: 'b1' }, secret, { issuer: 'los', subject: 'c1', expiresIn: 60 }))).toEqual({ kind: 'customer', customerId: 'c1', brandId: 'b1' });
  });

  it('refuses a short secret', () => {
    expect(() => new JwtTokenService({ secret: 'short' })).toThrow(RangeError);
  });
});
