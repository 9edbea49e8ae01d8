/**
 * The JSON form of a rule set, exactly as a brand stores it. These types describe well-formed input;
 * `compileRuleSet` checks real input against them field by field, so nothing here is trusted blindly.
 */

/** A literal in a rule: numbers may be JSON numbers or decimal strings; dates are `YYYY-MM-DD` strings. */
export type LiteralJson = string | number | boolean;

/** The type of a fact as the rule set declares it. */
export type FactTypeName = 'decimal' | 'integer' | 'string' | 'boolean' | 'date' | 'list';

/** Which direction of a fact is better for the applicant; the harness checks the rule set respects it. */
export type MonotonicJson = 'higher-is-better' | 'lower-is-better';

/** Declaration of one scalar fact (or one field of a list item). */
export interface ScalarFactJson {
  readonly type: Exclude<FactTypeName, 'list'>;
  readonly description?: string;
  /** Bounds used by the harness to generate realistic values (decimal strings or numbers). */
  readonly min?: string | number;
  readonly max?: string | number;
  /** For dates: how many days before `asOf` generated values fall (default 0..36500). */
  readonly daysBefore?: { readonly min: number; readonly max: number };
  /** For strings: the closed set of values the source produces. */
  readonly values?: readonly string[];
  readonly monotonic?: MonotonicJson;
}

/** Declaration of a list of records (bureau tradelines, bank-statement bounces). */
export interface ListFactJson {
  readonly type: 'list';
  readonly description?: string;
  readonly items: Readonly<Record<string, ScalarFactJson>>;
  readonly maxItems?: number;
}

export type FactJson = ScalarFactJson | ListFactJson;

/** A value computed from facts. Arithmetic is decimal; dates subtract to whole days, months or years. */
export type ExprJson =
  | LiteralJson
  | { readonly fact: string }
  | { readonly item: string }
  | { readonly add: readonly ExprJson[] }
  | { readonly sub: readonly ExprJson[] }
  | { readonly mul: readonly ExprJson[] }
  | { readonly div: readonly ExprJson[] }
  | { readonly min: readonly ExprJson[] }
  | { readonly max: readonly ExprJson[] }
  | { readonly yearsSince: ExprJson }
  | { readonly monthsSince: ExprJson }
  | { readonly daysSince: ExprJson }
  | { readonly count: string; readonly where?: ConditionJson }
  | { readonly sum: string; readonly of: ExprJson; readonly where?: ConditionJson };

/** The comparison operators. */
export type ComparisonOp = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte';

/** A condition: three-valued (true, false, unknown) except presence checks, which are always known. */
export type ConditionJson =
  | { readonly all: readonly ConditionJson[] }
  | { readonly any: readonly ConditionJson[] }
  | { readonly not: ConditionJson }
  | { readonly op: ComparisonOp; readonly left: ExprJson; readonly right: ExprJson }
  | { readonly op: 'between'; readonly left: ExprJson; readonly min: ExprJson; readonly max: ExprJson }
  | { readonly op: 'in' | 'notIn'; readonly left: ExprJson; readonly values: readonly LiteralJson[] }
  | { readonly op: 'matches'; readonly left: ExprJson; readonly pattern: string; readonly flags?: string }
  | { readonly op: 'present' | 'missing'; readonly fact: string }
  | { readonly op: 'some' | 'every'; readonly list: string; readonly where: ConditionJson };

/** A hard rule declines; a soft rule refers the application to a person. */
export type RuleKind = 'hard' | 'soft';

/** What an unknown outcome (a fact the rule needs is missing) does: refer to a person, or count as failed. */
export type OnUnknown = 'refer' | 'fail';

/** One rule: it applies `when` its guard holds (always, if absent) and passes when `require` holds. */
export interface RuleJson {
  readonly id: string;
  readonly kind: RuleKind;
  readonly reason: string;
  readonly onUnknown: OnUnknown;
  readonly description?: string;
  /** Where the rule comes from, e.g. `Credit Policy v3.2 §4.1`. */
  readonly source?: string;
  readonly when?: ConditionJson;
  readonly require: ConditionJson;
}

/** A worked example stored with the rule set: the harness checks it and explores around it. */
export interface RuleSetExampleJson {
  readonly name: string;
  readonly asOf: string;
  readonly facts: Readonly<Record<string, unknown>>;
  readonly expect: 'approved' | 'declined' | 'referred';
}

/** A versioned rule set of one brand and product. */
export interface RuleSetJson {
  readonly id: string;
  readonly version: number;
  readonly brand?: string;
  readonly product?: string;
  readonly description?: string;
  readonly facts: Readonly<Record<string, FactJson>>;
  readonly rules: readonly RuleJson[];
  readonly examples?: readonly RuleSetExampleJson[];
}
