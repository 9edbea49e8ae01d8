import type { StaffRepository, StaffRole, StaffUser } from '@los/application';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, StaffUsersTable } from './database-schema.js';
import { isUuid } from './uuid.js';

/** Staff users and their brand roles in PostgreSQL. E-mails are stored and matched lower-cased. */
export class PgStaffRepository implements StaffRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async add(user: StaffUser): Promise<boolean> {
    // The user and its roles land together: inside the caller's transaction, or in one of our own.
    if (this.db.isTransaction) return insertUser(this.db, user);
    return this.db.transaction().execute((trx) => insertUser(trx, user));
  }

  async findByEmail(email: string): Promise<StaffUser | null> {
    const row = await this.db.selectFrom('staff_users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    return row ? (await this.withRoles([row]))[0] ?? null : null;
  }

  async findById(id: string): Promise<StaffUser | null> {
    if (!isUuid(id)) return null;
    const row = await this.db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? (await this.withRoles([row]))[0] ?? null : null;
  }

  async listByBrand(brandId: string): Promise<StaffUser[]> {
    if (!isUuid(brandId)) return [];
    const rows = await this.db
      .selectFrom('staff_users')
      .selectAll()
      .where('id', 'in', (qb) => qb.selectFrom('staff_roles').select('user_id').where('brand_id', '=', brandId))
      .orderBy('email')
      .execute();
    return this.withRoles(rows);
  }

  private async withRoles(rows: readonly Selectable<StaffUsersTable>[]): Promise<StaffUser[]> {
    if (rows.length === 0) return [];
    const roles = await this.db
      .selectFrom('staff_roles')
      .selectAll()
      .where(
        'user_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('brand_id')
      .orderBy('role')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      email: row.email,
      name: row.name,
      passwordHash: row.password_hash,
      superAdmin: row.super_admin,
      active: row.active,
      createdAt: row.created_at,
      roles: roles.filter((r) => r.user_id === row.id).map((r) => ({ brandId: r.brand_id, role: r.role as StaffRole })),
    }));
  }
}

async function insertUser(db: Kysely<DatabaseSchema>, user: StaffUser): Promise<boolean> {
  const inserted = await db
    .insertInto('staff_users')
    .values({
      id: user.id,
      email: user.email.toLowerCase(),
      name: user.name,
      password_hash: user.passwordHash,
      super_admin: user.superAdmin,
      active: user.active,
      created_at: user.createdAt,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .executeTakeFirst();
  if (inserted.numInsertedOrUpdatedRows !== 1n) return false;
  if (user.roles.length > 0) {
    await db
      .insertInto('staff_roles')
      .values(user.roles.map((r) => ({ user_id: user.id, brand_id: r.brandId, role: r.role })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return true;
}
