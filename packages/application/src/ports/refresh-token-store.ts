/** Whom a session belongs to: a brand's customer, or a member of staff (whose roles are read afresh on refresh). */
export type SessionSubject =
  | { readonly kind: 'customer'; readonly customerId: string; readonly brandId: string }
  | { readonly kind: 'staff'; readonly userId: string };

/**
 * One refresh token of a sign-in. Only the hash of its secret is kept. A sign-in's tokens form a family
 * (`familyId` is the id of its first token): each refresh uses one token up and issues its successor.
 */
export interface RefreshToken {
  readonly id: string;
  readonly familyId: string;
  readonly tokenHash: string;
  readonly subject: SessionSubject;
  readonly issuedAt: Date;
  readonly expiresAt: Date;
  /** When it was exchanged for its successor (`replacedBy`); null while unused. */
  readonly usedAt: Date | null;
  readonly replacedBy: string | null;
  /** When its family was revoked (logout, or reuse detected); null while live. */
  readonly revokedAt: Date | null;
}

/** A token as issued: not yet used nor revoked. */
export type NewRefreshToken = Omit<RefreshToken, 'usedAt' | 'replacedBy' | 'revokedAt'>;

/**
 * The stored refresh tokens. `rotate` and `revokeFamily` of one family never interleave: a successor
 * issued by a rotation racing a revocation is either revoked with the family or never issued.
 */
export interface RefreshTokenStore {
  /** Stores a token that starts a family (its `familyId` is its own `id`). */
  add(token: NewRefreshToken): Promise<void>;
  /** The token with this hash, used, revoked or expired alike; null when none. */
  findByHash(tokenHash: string): Promise<RefreshToken | null>;
  /**
   * Marks `usedId` used at `successor.issuedAt`, replaced by `successor`, and stores the successor, in one
   * step, only while `usedId` is neither used nor revoked. False (and nothing written) when it was: of two
   * rotations of one token exactly one wins.
   */
  rotate(usedId: string, successor: NewRefreshToken): Promise<boolean>;
  /** Revokes every token of the family not revoked yet; returns how many it revoked. */
  revokeFamily(familyId: string, at: Date): Promise<number>;
  /**
   * Deletes the families that ended before `before`: revoked then, or whose every token had expired by then.
   * A live family keeps its used tokens, since presenting one again is what reuse detection looks for.
   * Returns how many tokens it deleted.
   */
  pruneEnded(before: Date): Promise<number>;
}

/** The random secrets of refresh tokens and their one-way hashes (the adapter uses a CSPRNG and SHA-256). */
export interface RefreshTokenSecrets {
  /** A new unguessable secret, safe in a URL or JSON string. */
  generate(): string;
  /** The hash stored and looked up in place of the secret; the same for the same secret. */
  hash(secret: string): string;
}
