import fc from 'fast-check';
import type { LocalDate } from '../local-date.js';
import { Decimal } from '../money/decimal.js';
import { addDays, parseCalendarDate, subtractMonths, type CalendarDate } from '../rules/calendar.js';
import type { CompiledRuleSet } from '../rules/compiled-rule-set.js';
import type { FactSchema, ScalarFact } from '../rules/fact-schema.js';
import { findThresholds, type Seeds, type Threshold } from './thresholds.js';

/** How applications are generated. */
export interface FactsArbitraryOptions {
  readonly asOf: LocalDate;
  /** Chance that each fact is left out (0 to 1); default 0.05. */
  readonly missing?: number;
}

/** Plain facts as an application would supply them. */
export type Facts = Record<string, unknown>;

/**
 * A fast-check arbitrary of applications for a rule set (or several, for a diff): every declared fact,
 * within its declared bounds, biased toward the thresholds the rules compare with, numbers sometimes as
 * JS numbers and sometimes as decimal strings, and facts sometimes missing.
 * @example
 * fc.assert(fc.property(factsArbitrary(compiled, { asOf }), (facts) => compiled.evaluate(facts, { asOf }).outcome !== undefined));
 */
export function factsArbitrary(ruleSets: CompiledRuleSet | readonly CompiledRuleSet[], options: FactsArbitraryOptions): fc.Arbitrary<Facts> {
  const sets = Array.isArray(ruleSets) ? ruleSets : [ruleSets as CompiledRuleSet];
  const asOf = parseCalendarDate(options.asOf);
  if (!asOf) throw new RangeError(`asOf is not a date: ${options.asOf}`);
  const missing = options.missing ?? 0.05;
  const schema = new Map<string, FactSchema extends ReadonlyMap<string, infer D> ? D : never>();
  const seeds: Seeds = { numbers: new Map(), strings: new Map(), patterns: new Map() };
  const thresholds: Threshold[] = [];
  for (const set of sets) {
    for (const [path, decl] of set.schema) if (!schema.has(path)) schema.set(path, decl);
    const found = findThresholds(set);
    thresholds.push(...found.thresholds);
    for (const key of ['numbers', 'strings', 'patterns'] as const) {
      for (const [k, v] of found.seeds[key]) (seeds[key] as Map<string, unknown[]>).set(k, [...((seeds[key] as Map<string, unknown[]>).get(k) ?? []), ...v]);
    }
  }
  const entries = [...schema.values()].map((decl) => {
    const value =
      decl.type === 'list'
        ? fc.array(fc.record(Object.fromEntries([...decl.items].map(([field, item]) => [field, scalar(item, `${decl.path}[].${field}`, seeds, [], asOf)]))), { maxLength: decl.maxItems })
        : scalar(decl, decl.path, seeds, thresholds.filter((t) => t.fact === decl.path), asOf);
    const maybe = missing > 0 ? fc.oneof({ arbitrary: fc.constant(undefined), weight: Math.round(missing * 1000) }, { arbitrary: value, weight: Math.round((1 - missing) * 1000) }) : value;
    return [decl.path, maybe] as const;
  });
  return fc.tuple(...entries.map(([, arb]) => arb)).map((values) => {
    const facts: Facts = {};
    entries.forEach(([path], i) => setPath(facts, path, values[i]));
    return facts;
  });
}

/** Writes a value at a dotted path, creating objects on the way; undefined leaves the fact out. */
export function setPath(facts: Facts, path: string, value: unknown): void {
  const segments = path.split('.');
  let node = facts;
  for (const segment of segments.slice(0, -1)) {
    if (typeof node[segment] !== 'object' || node[segment] === null) node[segment] = {};
    node = node[segment] as Facts;
  }
  if (value === undefined) delete node[segments.at(-1)!];
  else node[segments.at(-1)!] = value;
}

function scalar(decl: ScalarFact, key: string, seeds: Seeds, thresholds: readonly Threshold[], asOf: CalendarDate): fc.Arbitrary<unknown> {
  switch (decl.type) {
    case 'boolean':
      return fc.boolean();
    case 'string': {
      const known = [...(decl.values ?? []), ...(seeds.strings.get(key) ?? [])];
      // fast-check generates from a pattern without the case-insensitive flag; matching strings stay matching.
      const options: fc.Arbitrary<string>[] = (seeds.patterns.get(key) ?? []).map((p) => fc.stringMatching(new RegExp(p.source, p.flags.replace(/[^msu]/g, ''))));
      if (known.length > 0) options.push(fc.constantFrom(...known));
      if (!decl.values) options.push(fc.string({ maxLength: 12 }));
      return fc.oneof(...options);
    }
    case 'date': {
      const { min, max } = decl.daysBefore;
      const uniform = fc.integer({ min, max }).map((days) => addDays(asOf, -days));
      const edges = thresholds.flatMap((t) => dateEdges(t, asOf));
      return edges.length > 0 ? fc.oneof({ arbitrary: uniform, weight: 3 }, { arbitrary: fc.constantFrom(...edges), weight: 1 }) : uniform;
    }
    default:
      return numeric(decl, seeds.numbers.get(key) ?? []);
  }
}

function numeric(decl: ScalarFact, seeds: readonly Decimal[]): fc.Arbitrary<unknown> {
  const integer = decl.type === 'integer';
  const scale = integer ? 0 : Math.max(2, ...seeds.map((s) => s.decimalPlaces()), decl.min?.decimalPlaces() ?? 0, decl.max?.decimalPlaces() ?? 0);
  const step = new Decimal(1).div(new Decimal(10).pow(scale));
  const top = seeds.reduce((m, s) => Decimal.max(m, s.abs()), new Decimal(1000));
  const min = decl.min ?? new Decimal(0);
  const max = decl.max ?? top.mul(2);
  const toUnits = (d: Decimal) => BigInt(d.div(step).toFixed(0));
  const uniform = fc.bigInt({ min: toUnits(min), max: toUnits(max) }).map((units) => new Decimal(units.toString()).mul(step));
  const edges = seeds.flatMap((s) => [s.minus(step), s, s.plus(step)]).filter((d) => d.gte(min) && d.lte(max) && (!integer || d.isInteger()));
  const value = edges.length > 0 ? fc.oneof({ arbitrary: uniform, weight: 3 }, { arbitrary: fc.constantFrom(...edges), weight: 1 }) : uniform;
  // Facts arrive as JSON numbers or decimal strings; both must decide the same.
  return fc.tuple(value, fc.boolean()).map(([d, asString]) => (asString ? d.toFixed() : Number(d.toFixed())));
}

/** Dates just either side of a date threshold (an age limit, a days-since window). */
export function dateEdges(t: Threshold, asOf: CalendarDate): string[] {
  if (t.measure === 'ratio') return [];
  if (t.measure === 'value') return t.values.filter((v): v is string => typeof v === 'string').flatMap((v) => [addDays(parseCalendarDate(v)!, -1), v, addDays(parseCalendarDate(v)!, 1)]);
  return t.values.flatMap((v) => {
    if (!(v instanceof Decimal) || !v.isInteger()) return [];
    const n = Number(v.toFixed(0));
    if (t.measure === 'daysSince') return [n - 1, n, n + 1].map((d) => addDays(asOf, -d));
    const months = t.measure === 'yearsSince' ? n * 12 : n;
    const exact = subtractMonths(asOf, months);
    return [addDays(parseCalendarDate(exact)!, 1), exact, subtractMonths(asOf, months + (t.measure === 'yearsSince' ? 12 : 1))];
  });
}
