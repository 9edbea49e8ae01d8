import type { NewRefreshToken, RefreshToken, RefreshTokenStore, SessionSubject } from '@los/application';
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';
import type { RefreshTokensTable } from './refresh-tokens-table.js';

function subjectOf(row: Selectable<RefreshTokensTable>): SessionSubject {
  return row.subject_kind === 'customer' ? { kind: 'customer', customerId: row.subject_id, brandId: row.brand_id! } : { kind: 'staff', userId: row.subject_id };
}

const tokenFromRow = (row: Selectable<RefreshTokensTable>): RefreshToken => ({
  id: row.id,
  familyId: row.family_id,
  tokenHash: row.token_hash,
  subject: subjectOf(row),
  issuedAt: row.issued_at,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
  replacedBy: row.replaced_by,
  revokedAt: row.revoked_at,
});

const rowOf = (token: NewRefreshToken): Insertable<RefreshTokensTable> => ({
  id: token.id,
  family_id: token.familyId,
  token_hash: token.tokenHash,
  subject_kind: token.subject.kind,
  subject_id: token.subject.kind === 'customer' ? token.subject.customerId : token.subject.userId,
  brand_id: token.subject.kind === 'customer' ? token.subject.brandId : null,
  issued_at: token.issuedAt,
  expires_at: token.expiresAt,
});

/**
 * The family's first token, locked for the rest of the transaction. Rotations and revocations of one family
 * take this lock first, so they run one after another: a revocation that waited sees the successor a
 * rotation inserted, and a rotation that waited sees the family revoked.
 */
async function lockFamily(trx: Transaction<DatabaseSchema>, familyId: string): Promise<void> {
  await trx.selectFrom('refresh_tokens').select('id').where('id', '=', familyId).forUpdate().execute();
}

/** The `refresh_tokens` table; rotation is a conditional UPDATE (`used_at is null`) under the family's lock. */
export class PgRefreshTokenStore implements RefreshTokenStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async add(token: NewRefreshToken): Promise<void> {
    await this.db.insertInto('refresh_tokens').values(rowOf(token)).execute();
  }

  async findByHash(tokenHash: string): Promise<RefreshToken | null> {
    const row = await this.db.selectFrom('refresh_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row ? tokenFromRow(row) : null;
  }

  async rotate(usedId: string, successor: NewRefreshToken): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await lockFamily(trx, successor.familyId);
      const used = await trx
        .updateTable('refresh_tokens')
        .set({ used_at: successor.issuedAt, replaced_by: successor.id })
        .where('id', '=', usedId)
        .where('family_id', '=', successor.familyId)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (used.numUpdatedRows !== 1n) return false;
      await trx.insertInto('refresh_tokens').values(rowOf(successor)).execute();
      return true;
    });
  }

  async revokeFamily(familyId: string, at: Date): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      await lockFamily(trx, familyId);
      const revoked = await trx.updateTable('refresh_tokens').set({ revoked_at: at }).where('family_id', '=', familyId).where('revoked_at', 'is', null).executeTakeFirst();
      return Number(revoked.numUpdatedRows);
    });
  }

  async pruneEnded(before: Date): Promise<number> {
    // A family ended when all of it was revoked before the cut-off (min, so a token revoked later, or not at
    // all, keeps it), or when its last token expired before it.
    const ended = this.db
      .selectFrom('refresh_tokens')
      .select('family_id')
      .groupBy('family_id')
      .having((eb) => eb.or([eb.and([eb(eb.fn.count('revoked_at'), '=', eb.fn.countAll()), eb(eb.fn.max('revoked_at'), '<', before)]), eb(eb.fn.max('expires_at'), '<', before)]));
    const deleted = await this.db.deleteFrom('refresh_tokens').where('family_id', 'in', ended).executeTakeFirst();
    return Number(deleted.numDeletedRows);
  }
}
