import { type BlocklistEntry, type BlocklistHits, type BlocklistKind, type BlocklistPage, type BlocklistQuery, type BlocklistStore, lookUpBlocklist } from '@los/application';
import type { Kysely, Selectable } from 'kysely';
import type { BlocklistEntriesTable } from './blocklist-table.js';
import type { DatabaseSchema } from './database-schema.js';

const entryFromRow = (row: Selectable<BlocklistEntriesTable>): BlocklistEntry => ({
  id: row.id,
  brandId: row.brand_id,
  kind: row.kind as BlocklistKind,
  value: row.value,
  reason: row.reason,
  addedBy: row.added_by,
  addedAt: row.added_at,
});

/** The brands' blocklists in `blocklist_entries`; a check is one indexed query whatever the identifiers. */
export class PgBlocklist implements BlocklistStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async add(entry: BlocklistEntry): Promise<'added' | 'duplicate'> {
    const inserted = await this.db
      .insertInto('blocklist_entries')
      .values({ id: entry.id, brand_id: entry.brandId, kind: entry.kind, value: entry.value, reason: entry.reason, added_by: entry.addedBy, added_at: entry.addedAt })
      // The unique (brand, kind, value) key decides a race between two staff listing the same value.
      .onConflict((oc) => oc.columns(['brand_id', 'kind', 'value']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted ? 'added' : 'duplicate';
  }

  async list(brandId: string, page: BlocklistPage): Promise<BlocklistEntry[]> {
    let select = this.db.selectFrom('blocklist_entries').selectAll().where('brand_id', '=', brandId);
    if (page.kind !== undefined) select = select.where('kind', '=', page.kind);
    const rows = await select.orderBy('added_at', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute();
    return rows.map(entryFromRow);
  }

  async remove(brandId: string, entryId: string): Promise<boolean> {
    const deleted = await this.db.deleteFrom('blocklist_entries').where('brand_id', '=', brandId).where('id', '=', entryId).executeTakeFirst();
    return deleted.numDeletedRows === 1n;
  }

  async check(query: BlocklistQuery): Promise<BlocklistHits> {
    return lookUpBlocklist(query, async (keys) => {
      const rows = await this.db
        .selectFrom('blocklist_entries')
        .select(['kind', 'value'])
        .where('brand_id', '=', query.brandId)
        .where((eb) => eb.or(keys.map((k) => eb.and([eb('kind', '=', k.kind), eb('value', '=', k.value)]))))
        .execute();
      return rows.map((r) => ({ kind: r.kind as BlocklistKind, value: r.value }));
    });
  }
}
