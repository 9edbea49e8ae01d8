import type { Decimal } from '../money/decimal.js';
import type { CompiledRuleSet } from '../rules/compiled-rule-set.js';
import type { ConditionJson } from '../rules/rule-set-json.js';
import { isRecord } from '../rules/validation-error.js';
import type { Finding } from './report.js';
import { findThresholds, type Threshold } from './thresholds.js';

/** The values of one numeric fact a rule lets pass: lo..hi, each end open or closed, or unbounded. */
interface Interval {
  readonly lo?: Decimal;
  readonly loOpen: boolean;
  readonly hi?: Decimal;
  readonly hiOpen: boolean;
}

const ALL: Interval = { loOpen: false, hiOpen: false };

/**
 * Proves things about rules whose requirement is a conjunction of plain numeric comparisons, using the
 * declared fact bounds: a rule that can never fire, one that fires on every application, and pairs of
 * unconditional rules that no application can pass together (so the rule set can never approve).
 */
export function analyseIntervals(ruleSet: CompiledRuleSet): Finding[] {
  const { thresholds } = findThresholds(ruleSet);
  const findings: Finding[] = [];
  const regions = new Map<string, Map<string, Interval>>();
  for (const rule of ruleSet.json.rules) {
    if (rule.when !== undefined || !isConjunctionOfComparisons(rule.require)) continue;
    const own = thresholds.filter((t) => t.ruleId === rule.id && t.measure === 'value');
    const numeric = (t: Threshold) => ['decimal', 'integer'].includes(ruleSet.schema.get(t.fact)?.type ?? '');
    if (!own.every(numeric)) continue;
    const region = new Map<string, Interval>();
    for (const t of own) {
      const decl = ruleSet.schema.get(t.fact)!;
      region.set(t.fact, intersect(region.get(t.fact) ?? ALL, normalise(toInterval(t), decl.type === 'integer')));
    }
    if (region.size === 0 || own.length !== countComparisons(rule.require)) continue;
    regions.set(rule.id, region);
    const bounded = (fact: string): Interval => {
      const decl = ruleSet.schema.get(fact);
      return decl && 'min' in decl ? { ...(decl.min ? { lo: decl.min } : {}), loOpen: false, ...(decl.max ? { hi: decl.max } : {}), hiOpen: false } : ALL;
    };
    const empty = [...region].filter(([fact, i]) => isEmpty(intersect(i, bounded(fact))));
    if (empty.length > 0) {
      findings.push({ severity: 'error', code: 'RULE_ALWAYS_FIRES', ruleIds: [rule.id], message: `${rule.id} fails every application: no declared value of ${empty.map(([f]) => f).join(', ')} passes it` });
    } else if ([...region].every(([fact, i]) => contains(i, bounded(fact)))) {
      findings.push({ severity: 'warning', code: 'RULE_CANNOT_FIRE', ruleIds: [rule.id], message: `${rule.id} passes every value within the declared bounds of ${[...region.keys()].join(', ')}` });
    }
  }
  const ids = [...regions.keys()];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = regions.get(ids[i]!)!;
      const b = regions.get(ids[j]!)!;
      for (const [fact, interval] of a) {
        const other = b.get(fact);
        if (other && isEmpty(intersect(interval, other))) {
          findings.push({ severity: 'error', code: 'CONTRADICTORY_PAIR', ruleIds: [ids[i]!, ids[j]!], message: `no value of ${fact} passes both ${ids[i]} (${show(interval)}) and ${ids[j]} (${show(other)}): nothing can be approved` });
        }
      }
    }
  }
  return findings;
}

function isConjunctionOfComparisons(json: ConditionJson): boolean {
  if (isRecord(json) && 'all' in json) return json.all.every(isConjunctionOfComparisons);
  return isRecord(json) && 'op' in json && ['lt', 'lte', 'gt', 'gte', 'eq', 'between'].includes(json.op);
}

function countComparisons(json: ConditionJson): number {
  return 'all' in json ? json.all.reduce((n, c) => n + countComparisons(c), 0) : 1;
}

function toInterval(t: Threshold): Interval {
  const [a, b] = t.values as Decimal[];
  switch (t.op) {
    case 'between': return { lo: a!, loOpen: false, hi: b!, hiOpen: false };
    case 'eq': return { lo: a!, loOpen: false, hi: a!, hiOpen: false };
    case 'gt': return { lo: a!, loOpen: true, hiOpen: false };
    case 'gte': return { lo: a!, loOpen: false, hiOpen: false };
    case 'lt': return { loOpen: false, hi: a!, hiOpen: true };
    case 'lte': return { loOpen: false, hi: a!, hiOpen: false };
    default: return ALL;
  }
}

// For integer facts, x > 2.5 is x >= 3: closing the ends makes emptiness and containment exact.
function normalise(i: Interval, integer: boolean): Interval {
  if (!integer) return i;
  const lo = i.lo && (i.loOpen ? i.lo.floor().plus(1) : i.lo.ceil());
  const hi = i.hi && (i.hiOpen ? i.hi.ceil().minus(1) : i.hi.floor());
  return { ...(lo ? { lo } : {}), loOpen: false, ...(hi ? { hi } : {}), hiOpen: false };
}

function intersect(a: Interval, b: Interval): Interval {
  const lo = !a.lo ? b : !b.lo ? a : a.lo.gt(b.lo) ? a : b.lo.gt(a.lo) ? b : { lo: a.lo, loOpen: a.loOpen || b.loOpen };
  const hi = !a.hi ? b : !b.hi ? a : a.hi.lt(b.hi) ? a : b.hi.lt(a.hi) ? b : { hi: a.hi, hiOpen: a.hiOpen || b.hiOpen };
  return { ...(lo.lo ? { lo: lo.lo } : {}), loOpen: lo.lo ? lo.loOpen : false, ...(hi.hi ? { hi: hi.hi } : {}), hiOpen: hi.hi ? hi.hiOpen : false };
}

function isEmpty(i: Interval): boolean {
  if (!i.lo || !i.hi) return false;
  return i.lo.gt(i.hi) || (i.lo.eq(i.hi) && (i.loOpen || i.hiOpen));
}

function contains(outer: Interval, inner: Interval): boolean {
  const loOk = !outer.lo || (inner.lo !== undefined && (inner.lo.gt(outer.lo) || (inner.lo.eq(outer.lo) && (!outer.loOpen || inner.loOpen))));
  const hiOk = !outer.hi || (inner.hi !== undefined && (inner.hi.lt(outer.hi) || (inner.hi.eq(outer.hi) && (!outer.hiOpen || inner.hiOpen))));
  return loOk && hiOk;
}

function show(i: Interval): string {
  return `${i.lo ? (i.loOpen ? '(' : '[') + i.lo.toFixed() : '(-∞'}, ${i.hi ? i.hi.toFixed() + (i.hiOpen ? ')' : ']') : '∞)'}`;
}
