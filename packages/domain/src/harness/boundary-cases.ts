import type { LocalDate } from '../local-date.js';
import { Decimal } from '../money/decimal.js';
import { parseCalendarDate, daysBetween, monthsBetween, yearsBetween, type CalendarDate } from '../rules/calendar.js';
import type { CompiledRuleSet } from '../rules/compiled-rule-set.js';
import { parseLiteralDecimal } from '../rules/fact-value.js';
import { dateEdges, setPath, type Facts } from './facts-arbitrary.js';
import { readFact } from './neighbours.js';
import type { BoundaryCase, Finding } from './report.js';
import type { Threshold } from './thresholds.js';

/** An application to probe around, with the date it is judged on. */
export interface Base {
  readonly facts: Facts;
  readonly asOf: LocalDate;
}

/**
 * Probes every threshold just below, at and just above its constant, on each base application, and
 * checks that the check in the explanation says what the operator says it should. A threshold whose
 * probes never change the rule's outcome on any base is noted: something else in the rule masks it.
 */
export function probeThresholds(ruleSet: CompiledRuleSet, thresholds: readonly Threshold[], bases: readonly Base[]): { cases: BoundaryCase[]; findings: Finding[] } {
  const cases: BoundaryCase[] = [];
  const findings: Finding[] = [];
  for (const t of thresholds) {
    const decl = ruleSet.schema.get(t.fact);
    if (!decl || decl.type === 'list') continue;
    const outcomes = new Set<string>();
    bases.forEach((base, b) => {
      const asOf = parseCalendarDate(base.asOf)!;
      const per = t.per === undefined ? undefined : parseLiteralDecimal(readFact(base.facts, t.per));
      if (t.measure === 'ratio' && (per === undefined || per.lte(0))) return;
      for (const input of probes(t, decl.type === 'integer', asOf, per).filter((p) => withinBounds(p, decl))) {
        const facts = structuredClone(base.facts);
        setPath(facts, t.fact, input);
        const decision = ruleSet.evaluate(facts, { asOf: base.asOf });
        const rule = decision.explanation.find((r) => r.ruleId === t.ruleId)!;
        const trace = rule.checks.find((c) => c.check === t.check);
        const expected = holds(t, measure(t, input, asOf, per));
        const actual = trace?.result ?? 'not-evaluated';
        outcomes.add(rule.outcome);
        const row: BoundaryCase = { ruleId: t.ruleId, check: t.check, fact: t.fact, input, expected, actual, ruleOutcome: rule.outcome };
        if (b === 0) cases.push(row);
        if (actual !== 'not-evaluated' && actual !== String(expected)) {
          findings.push({ severity: 'error', code: 'BOUNDARY_MISMATCH', ruleIds: [t.ruleId], message: `${t.check} with ${t.fact} = ${input} gave ${actual}, expected ${expected}`, counterexample: facts });
        }
      }
    });
    if (bases.length > 0 && outcomes.size === 1) {
      findings.push({ severity: 'note', code: 'THRESHOLD_WITHOUT_EFFECT', ruleIds: [t.ruleId], message: `moving ${t.fact} across ${t.check} did not change ${t.ruleId} on any base application` });
    }
  }
  return { cases, findings };
}

// A probe outside the declared bounds (a negative count) tests nothing a real application can send.
function withinBounds(input: string, decl: { readonly min?: Decimal; readonly max?: Decimal }): boolean {
  if (parseCalendarDate(input)) return true;
  const value = new Decimal(input);
  return (!decl.min || value.gte(decl.min)) && (!decl.max || value.lte(decl.max));
}

function probes(t: Threshold, integer: boolean, asOf: CalendarDate, per: Decimal | undefined): string[] {
  if (t.measure === 'ratio') {
    // The numerator that puts the ratio exactly on the threshold, rounded both ways to the fact's scale.
    const scale = integer ? 0 : 2;
    const step = new Decimal(1).div(new Decimal(10).pow(scale));
    return t.values.flatMap((v) => {
      const exact = (v as Decimal).mul(per!);
      const down = exact.toDecimalPlaces(scale, Decimal.ROUND_FLOOR);
      const up = exact.toDecimalPlaces(scale, Decimal.ROUND_CEIL);
      return [...new Set([down.minus(step), down, up, up.plus(step)].map((x) => x.toFixed()))];
    });
  }
  if (t.measure !== 'value' || t.values.some((v) => typeof v === 'string')) return dateEdges(t, asOf);
  return t.values.flatMap((v) => {
    const d = v as Decimal;
    const step = integer ? new Decimal(1) : new Decimal(1).div(new Decimal(10).pow(Math.max(2, d.decimalPlaces())));
    return [d.minus(step), d, d.plus(step)].filter((x) => !integer || x.isInteger()).map((x) => x.toFixed());
  });
}

/** The value of the threshold's measure for a probe input: the number, or whole days/months/years since the date. */
function measure(t: Threshold, input: string, asOf: CalendarDate, per: Decimal | undefined): Decimal {
  if (t.measure === 'ratio') return new Decimal(input).div(per!);
  if (t.measure === 'value') {
    const date = parseCalendarDate(input);
    return date && typeof t.values[0] === 'string' ? new Decimal(date.epochDay) : new Decimal(input);
  }
  const date = parseCalendarDate(input)!;
  const between = t.measure === 'yearsSince' ? yearsBetween : t.measure === 'monthsSince' ? monthsBetween : daysBetween;
  return new Decimal(between(date, asOf));
}

function holds(t: Threshold, value: Decimal): boolean {
  const [a, b] = t.values.map((v) => (typeof v === 'string' ? new Decimal(parseCalendarDate(v)!.epochDay) : v));
  const c = value.cmp(a!);
  switch (t.op) {
    case 'between': return c >= 0 && value.lte(b!);
    case 'eq': return c === 0;
    case 'ne': return c !== 0;
    case 'lt': return c < 0;
    case 'lte': return c <= 0;
    case 'gt': return c > 0;
    case 'gte': return c >= 0;
  }
}
