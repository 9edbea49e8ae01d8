import type { LocalDate, RuleSetStatus, RuleSetVersion } from '@los/domain';

/** One stored version of a brand's rule set: its lifecycle record and the unchanged document. */
export interface StoredRuleSet extends RuleSetVersion {
  readonly brandId: string;
  /** The product code the rule set decides (`product` in the document); null when it decides every product. */
  readonly productCode: string | null;
  /** The rule set document exactly as drafted; never changed once stored. */
  readonly document: Readonly<Record<string, unknown>>;
  /** An optional scorecard run after the rules pass (compileScorecard's JSON). */
  readonly scorecard: Readonly<Record<string, unknown>> | null;
  readonly createdAt: Date;
  readonly createdBy: string;
}

/** Versions of brands' rule sets. Documents are immutable; only the lifecycle status moves. */
export interface RuleSetRepository {
  /** Stores a new version; false (and nothing written) when the brand already has this id and version. */
  add(ruleSet: StoredRuleSet): Promise<boolean>;
  find(brandId: string, ruleSetId: string, version: number): Promise<StoredRuleSet | null>;
  /** Every version of one rule set, oldest first. */
  listVersions(brandId: string, ruleSetId: string): Promise<StoredRuleSet[]>;
  /** Every version of every rule set of the brand, by id then version. */
  listByBrand(brandId: string): Promise<StoredRuleSet[]>;
  /** The active version deciding the product: one written for the product code wins over a catch-all one. */
  findActiveFor(brandId: string, productCode: string): Promise<StoredRuleSet | null>;
  /** Moves a version to a new lifecycle status (the document is left alone). */
  updateStatus(brandId: string, ruleSetId: string, version: number, status: RuleSetStatus, checkedOn: LocalDate | null): Promise<void>;
}
