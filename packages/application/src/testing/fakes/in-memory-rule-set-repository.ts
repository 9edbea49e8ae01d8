import type { LocalDate, RuleSetStatus } from '@los/domain';
import type { RuleSetRepository, StoredRuleSet } from '../../ports/rule-set-repository.js';
import { jsonCopy } from './in-memory-decisioning-rows.js';
import { type InMemoryTables, requireRow } from './in-memory-tables.js';

const key = (brandId: string, id: string, version: number) => `${brandId}|${id}|${version}`;
const byIdThenVersion = (a: StoredRuleSet, b: StoredRuleSet) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.version - b.version);

/** Rule set versions in memory; documents are copied in and out, so stored ones cannot change. */
export class InMemoryRuleSetRepository implements RuleSetRepository {
  constructor(private readonly tables: InMemoryTables) {}

  async add(ruleSet: StoredRuleSet): Promise<boolean> {
    requireRow(this.tables.brands.has(ruleSet.brandId), `brand ${ruleSet.brandId}`);
    const k = key(ruleSet.brandId, ruleSet.id, ruleSet.version);
    if (this.tables.ruleSets.has(k)) return false;
    if (ruleSet.status === 'active' && (await this.activeOf(ruleSet.brandId, ruleSet.id))) throw new Error(`rule set ${ruleSet.id} already has an active version`);
    this.tables.ruleSets.set(k, { ...ruleSet, document: jsonCopy(ruleSet.document), scorecard: ruleSet.scorecard === null ? null : jsonCopy(ruleSet.scorecard) });
    return true;
  }

  async find(brandId: string, ruleSetId: string, version: number): Promise<StoredRuleSet | null> {
    const found = this.tables.ruleSets.get(key(brandId, ruleSetId, version));
    return found ? copyOut(found) : null;
  }

  async listVersions(brandId: string, ruleSetId: string): Promise<StoredRuleSet[]> {
    return (await this.listByBrand(brandId)).filter((r) => r.id === ruleSetId);
  }

  async listByBrand(brandId: string): Promise<StoredRuleSet[]> {
    return [...this.tables.ruleSets.values()].filter((r) => r.brandId === brandId).sort(byIdThenVersion).map(copyOut);
  }

  async findActiveFor(brandId: string, productCode: string): Promise<StoredRuleSet | null> {
    const active = [...this.tables.ruleSets.values()].filter((r) => r.brandId === brandId && r.status === 'active').sort(byIdThenVersion);
    const chosen = active.find((r) => r.productCode === productCode) ?? active.find((r) => r.productCode === null);
    return chosen ? copyOut(chosen) : null;
  }

  async updateStatus(brandId: string, ruleSetId: string, version: number, status: RuleSetStatus, checkedOn: LocalDate | null): Promise<void> {
    const k = key(brandId, ruleSetId, version);
    const stored = this.tables.ruleSets.get(k);
    if (!stored) throw new Error(`rule set ${ruleSetId} v${version} of brand ${brandId} not found`);
    if (status === 'active') {
      const other = await this.activeOf(brandId, ruleSetId);
      if (other && other.version !== version) throw new Error(`rule set ${ruleSetId} already has an active version (${other.version})`);
    }
    const { checkedOn: _previous, ...rest } = stored;
    this.tables.ruleSets.set(k, { ...rest, status, ...(checkedOn === null ? {} : { checkedOn }) });
  }

  private async activeOf(brandId: string, ruleSetId: string): Promise<StoredRuleSet | undefined> {
    return [...this.tables.ruleSets.values()].find((r) => r.brandId === brandId && r.id === ruleSetId && r.status === 'active');
  }
}

function copyOut(r: StoredRuleSet): StoredRuleSet {
  return { ...r, document: jsonCopy(r.document), scorecard: r.scorecard === null ? null : jsonCopy(r.scorecard) };
}
