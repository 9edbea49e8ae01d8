/**
 * `refresh_tokens` (migration 0015): one row per refresh token, kept by the SHA-256 of its secret. A
 * sign-in's tokens share `family_id` (the id of its first token); `brand_id` is set for customers only.
 */
export interface RefreshTokensTable {
  id: string;
  family_id: string;
  token_hash: string;
  subject_kind: string;
  subject_id: string;
  brand_id: string | null;
  issued_at: Date;
  expires_at: Date;
  used_at: Date | null;
  replaced_by: string | null;
  revoked_at: Date | null;
}
