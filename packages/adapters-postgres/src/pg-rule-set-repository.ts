import type { RuleSetRepository, StoredRuleSet } from '@los/application';
import { type LocalDate, type RuleSetStatus, localDate } from '@los/domain';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, RuleSetsTable } from './database-schema.js';
import { isUuid } from './uuid.js';

function fromRow(row: Selectable<RuleSetsTable>): StoredRuleSet {
  return {
    id: row.rule_set_id,
    version: row.version,
    fingerprint: row.fingerprint,
    status: row.status as RuleSetStatus,
    ...(row.checked_on === null ? {} : { checkedOn: localDate(row.checked_on) }),
    brandId: row.brand_id,
    productCode: row.product_code,
    document: row.document,
    scorecard: row.scorecard,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/**
 * Rule set versions in PostgreSQL. A trigger refuses any change to a stored document, and a partial unique
 * index keeps one active version per rule set.
 */
export class PgRuleSetRepository implements RuleSetRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async add(r: StoredRuleSet): Promise<boolean> {
    const inserted = await this.db
      .insertInto('rule_sets')
      .values({
        brand_id: r.brandId,
        rule_set_id: r.id,
        version: r.version,
        fingerprint: r.fingerprint,
        status: r.status,
        product_code: r.productCode,
        checked_on: r.checkedOn ?? null,
        document: JSON.stringify(r.document),
        scorecard: r.scorecard === null ? null : JSON.stringify(r.scorecard),
        created_at: r.createdAt,
        created_by: r.createdBy,
      })
      .onConflict((oc) => oc.columns(['brand_id', 'rule_set_id', 'version']).doNothing())
      .executeTakeFirst();
    return inserted.numInsertedOrUpdatedRows === 1n;
  }

  async find(brandId: string, ruleSetId: string, version: number): Promise<StoredRuleSet | null> {
    if (!isUuid(brandId) || !Number.isSafeInteger(version)) return null;
    const row = await this.db.selectFrom('rule_sets').selectAll().where('brand_id', '=', brandId).where('rule_set_id', '=', ruleSetId).where('version', '=', version).executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  async listVersions(brandId: string, ruleSetId: string): Promise<StoredRuleSet[]> {
    if (!isUuid(brandId)) return [];
    const rows = await this.db.selectFrom('rule_sets').selectAll().where('brand_id', '=', brandId).where('rule_set_id', '=', ruleSetId).orderBy('version').execute();
    return rows.map(fromRow);
  }

  async listByBrand(brandId: string): Promise<StoredRuleSet[]> {
    if (!isUuid(brandId)) return [];
    const rows = await this.db.selectFrom('rule_sets').selectAll().where('brand_id', '=', brandId).execute();
    // Sorted here in code-unit order, whatever the database's collation.
    rows.sort((a, b) => (a.rule_set_id < b.rule_set_id ? -1 : a.rule_set_id > b.rule_set_id ? 1 : a.version - b.version));
    return rows.map(fromRow);
  }

  async findActiveFor(brandId: string, productCode: string): Promise<StoredRuleSet | null> {
    if (!isUuid(brandId)) return null;
    const rows = await this.db
      .selectFrom('rule_sets')
      .selectAll()
      .where('brand_id', '=', brandId)
      .where('status', '=', 'active')
      .where((eb) => eb.or([eb('product_code', '=', productCode), eb('product_code', 'is', null)]))
      .execute();
    rows.sort((a, b) => (a.rule_set_id < b.rule_set_id ? -1 : a.rule_set_id > b.rule_set_id ? 1 : 0));
    const chosen = rows.find((r) => r.product_code === productCode) ?? rows[0];
    return chosen ? fromRow(chosen) : null;
  }

  async updateStatus(brandId: string, ruleSetId: string, version: number, status: RuleSetStatus, checkedOn: LocalDate | null): Promise<void> {
    const updated = await this.db
      .updateTable('rule_sets')
      .set({ status, checked_on: checkedOn })
      .where('brand_id', '=', brandId)
      .where('rule_set_id', '=', ruleSetId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) throw new Error(`rule set ${ruleSetId} v${version} of brand ${brandId} not found`);
  }
}
