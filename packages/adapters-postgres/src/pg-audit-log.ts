import type { AuditEntry, AuditQuery } from '@los/application';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';
import { isUuid } from './uuid.js';

/** Appends audit rows in the caller's transaction; the table's triggers refuse any later change. */
export async function appendAuditRows(db: Kysely<DatabaseSchema>, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      entries.map((e) => ({
        id: e.id,
        brand_id: e.brandId,
        entity_type: e.entityType,
        entity_id: e.entityId,
        action: e.action,
        actor_id: e.actorId ?? null,
        before: e.before === undefined ? null : JSON.stringify(e.before),
        after: JSON.stringify(e.after),
        request_id: e.requestId ?? null,
        at: e.at,
      })),
    )
    .execute();
}

/** One page of a brand's audit log, in the order it was written. */
export async function readAuditTrail(db: Kysely<DatabaseSchema>, brandId: string, query: AuditQuery): Promise<readonly AuditEntry[]> {
  if (!isUuid(brandId)) return [];
  let select = db.selectFrom('audit_log').selectAll().where('brand_id', '=', brandId);
  if (query.entityId !== undefined) select = select.where('entity_id', '=', query.entityId);
  const rows = await select.orderBy('seq').limit(query.limit).offset(query.offset).execute();
  return rows.map((r) => ({
    id: r.id,
    brandId: r.brand_id,
    entityType: r.entity_type,
    entityId: r.entity_id,
    action: r.action,
    ...(r.actor_id === null ? {} : { actorId: r.actor_id }),
    ...(r.before === null ? {} : { before: r.before }),
    after: r.after,
    ...(r.request_id === null ? {} : { requestId: r.request_id }),
    at: r.at,
  }));
}
