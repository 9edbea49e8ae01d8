import { Decimal } from '../money/decimal.js';
import type { CompiledRuleSet } from '../rules/compiled-rule-set.js';
import { compileCondition } from '../rules/compile-condition.js';
import { parseDate, parseLiteralDecimal } from '../rules/fact-value.js';
import type { ComparisonOp } from '../rules/rule-set-json.js';
import { ValidationErrors, isRecord } from '../rules/validation-error.js';

/**
 * How a threshold reads its fact: the value itself, whole years/months/days since a date, or the fact
 * divided by another fact (amount ÷ income).
 */
export type Measure = 'value' | 'yearsSince' | 'monthsSince' | 'daysSince' | 'ratio';

/** A comparison of one fact (or a date measure of it) with a constant: the places a decision can flip. */
export interface Threshold {
  readonly ruleId: string;
  /** The check as it reads in a decision's explanation. */
  readonly check: string;
  readonly fact: string;
  readonly measure: Measure;
  /** Normalised with the fact on the left. */
  readonly op: ComparisonOp | 'between';
  /** The constant(s) compared with: one, or two for between. Decimals, or dates for date facts. */
  readonly values: readonly (Decimal | string)[];
  /** For a ratio: the fact divided by. */
  readonly per?: string;
}

/** Values worth generating for a fact or list field (`list[].field`), because rules compare with them. */
export interface Seeds {
  readonly numbers: Map<string, Decimal[]>;
  readonly strings: Map<string, string[]>;
  readonly patterns: Map<string, RegExp[]>;
}

const FLIP: Record<ComparisonOp, ComparisonOp> = { eq: 'eq', ne: 'ne', lt: 'gt', lte: 'gte', gt: 'lt', gte: 'lte' };
const MEASURES = ['yearsSince', 'monthsSince', 'daysSince'] as const;

/** Finds every fact-versus-constant comparison of a rule set, and the constants worth generating. */
export function findThresholds(ruleSet: CompiledRuleSet): { thresholds: Threshold[]; seeds: Seeds } {
  const thresholds: Threshold[] = [];
  const seeds: Seeds = { numbers: new Map(), strings: new Map(), patterns: new Map() };
  const scope = { schema: ruleSet.schema, condition: compileCondition };
  const textOf = (json: unknown, list?: string): string => {
    const listDecl = list ? ruleSet.schema.get(list) : undefined;
    const compiled = compileCondition(json, '$', listDecl?.type === 'list' ? { ...scope, list: listDecl } : scope, new ValidationErrors());
    return compiled?.text ?? '';
  };
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);

  const visit = (json: unknown, ruleId: string, list: string | undefined): void => {
    if (!isRecord(json)) return;
    for (const key of ['all', 'any'] as const) if (Array.isArray(json[key])) (json[key] as unknown[]).forEach((c) => visit(c, ruleId, list));
    if ('not' in json) visit(json.not, ruleId, list);
    if ((json.op === 'some' || json.op === 'every') && typeof json.list === 'string') visit(json.where, ruleId, json.list);
    for (const side of ['left', 'right', 'min', 'max'] as const) visitExpr(json[side], ruleId);
    const op = json.op as string;
    if (op === 'in' || op === 'notIn' || op === 'eq' || op === 'ne') {
      const subject = subjectOf(json.left, list) ?? subjectOf(json.right, list);
      const literals = op === 'in' || op === 'notIn' ? (json.values as unknown[]) : [typeof json.left === 'object' ? json.right : json.left];
      for (const literal of literals) if (subject && typeof literal === 'string') add(seeds.strings, subject.key, literal);
    }
    if (op === 'matches') {
      const subject = subjectOf(json.left, list);
      if (subject) add(seeds.patterns, subject.key, new RegExp(json.pattern as string, (json.flags as string | undefined) ?? ''));
    }
    const compared = comparison(json, list);
    if (!compared) return;
    for (const value of compared.values) if (value instanceof Decimal && compared.subject.measure === 'value') add(seeds.numbers, compared.subject.key, value);
    const { key, measure, per } = compared.subject;
    if (!list) thresholds.push({ ruleId, check: textOf(json), fact: key, measure, op: compared.op, values: compared.values, ...(per ? { per } : {}) });
  };
  const visitExpr = (json: unknown, ruleId: string): void => {
    if (!isRecord(json)) return;
    if (typeof json.count === 'string' || typeof json.sum === 'string') visit(json.where, ruleId, (json.count ?? json.sum) as string);
  };

  for (const rule of ruleSet.json.rules) {
    visit(rule.when, rule.id, undefined);
    visit(rule.require, rule.id, undefined);
  }
  return { thresholds, seeds };
}

interface Subject {
  readonly key: string;
  readonly measure: Measure;
  readonly per?: string;
}

function subjectOf(expr: unknown, list: string | undefined): Subject | undefined {
  if (!isRecord(expr)) return undefined;
  if (typeof expr.fact === 'string') return { key: expr.fact, measure: 'value' };
  if (typeof expr.item === 'string' && list) return { key: `${list}[].${expr.item}`, measure: 'value' };
  if (!list && Array.isArray(expr.div) && expr.div.length === 2) {
    const [top, bottom] = expr.div.map((e: unknown) => (isRecord(e) && typeof e.fact === 'string' ? e.fact : undefined));
    if (top && bottom) return { key: top, measure: 'ratio', per: bottom };
  }
  for (const measure of MEASURES) {
    const inner = subjectOf(expr[measure], list);
    if (inner && inner.measure === 'value') return { key: inner.key, measure };
  }
  return undefined;
}

function constant(expr: unknown): Decimal | string | undefined {
  if (typeof expr === 'number') return parseLiteralDecimal(expr);
  if (typeof expr !== 'string') return undefined;
  return parseLiteralDecimal(expr) ?? (parseDate(expr) ? expr : undefined);
}

function comparison(json: Record<string, unknown>, list: string | undefined): { subject: Subject; op: Threshold['op']; values: (Decimal | string)[] } | undefined {
  const op = json.op as string;
  if (op === 'between') {
    const subject = subjectOf(json.left, list);
    const min = constant(json.min);
    const max = constant(json.max);
    return subject && min !== undefined && max !== undefined ? { subject, op, values: [min, max] } : undefined;
  }
  if (!(op in FLIP)) return undefined;
  const left = subjectOf(json.left, list);
  const right = subjectOf(json.right, list);
  const value = left ? constant(json.right) : right ? constant(json.left) : undefined;
  if (value === undefined) return undefined;
  return left ? { subject: left, op: op as ComparisonOp, values: [value] } : { subject: right!, op: FLIP[op as ComparisonOp], values: [value] };
}
