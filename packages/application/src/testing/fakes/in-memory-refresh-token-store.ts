import type { NewRefreshToken, RefreshToken, RefreshTokenStore } from '../../ports/refresh-token-store.js';

/**
 * Refresh tokens in memory. Each method checks and writes without yielding, so two rotations of one token
 * cannot both win, as the conditional UPDATE makes sure in PostgreSQL.
 */
export class InMemoryRefreshTokenStore implements RefreshTokenStore {
  private readonly tokens = new Map<string, RefreshToken>();

  async add(token: NewRefreshToken): Promise<void> {
    this.insert(token);
  }

  async findByHash(tokenHash: string): Promise<RefreshToken | null> {
    for (const token of this.tokens.values()) if (token.tokenHash === tokenHash) return token;
    return null;
  }

  async rotate(usedId: string, successor: NewRefreshToken): Promise<boolean> {
    const used = this.tokens.get(usedId);
    if (!used || used.usedAt || used.revokedAt) return false;
    if (successor.familyId !== used.familyId) throw new Error('a successor belongs to the family of the token it replaces');
    this.insert(successor);
    this.tokens.set(usedId, { ...used, usedAt: successor.issuedAt, replacedBy: successor.id });
    return true;
  }

  async revokeFamily(familyId: string, at: Date): Promise<number> {
    let revoked = 0;
    for (const token of this.tokens.values()) {
      if (token.familyId !== familyId || token.revokedAt) continue;
      this.tokens.set(token.id, { ...token, revokedAt: at });
      revoked++;
    }
    return revoked;
  }

  async pruneEnded(before: Date): Promise<number> {
    const families = new Map<string, RefreshToken[]>();
    for (const token of this.tokens.values()) families.set(token.familyId, [...(families.get(token.familyId) ?? []), token]);
    let deleted = 0;
    for (const members of families.values()) {
      const revoked = members.every((t) => t.revokedAt !== null && t.revokedAt < before);
      const expired = members.every((t) => t.expiresAt < before);
      if (!revoked && !expired) continue;
      for (const t of members) this.tokens.delete(t.id);
      deleted += members.length;
    }
    return deleted;
  }

  private insert(token: NewRefreshToken): void {
    if (this.tokens.has(token.id)) throw new Error(`refresh token ${token.id} exists`);
    if ([...this.tokens.values()].some((t) => t.tokenHash === token.tokenHash)) throw new Error('a refresh token with this hash exists');
    this.tokens.set(token.id, { ...token, usedAt: null, replacedBy: null, revokedAt: null });
  }
}
