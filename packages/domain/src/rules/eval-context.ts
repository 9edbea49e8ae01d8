import type { CalendarDate } from './calendar.js';
import type { FactDecl, ScalarFact } from './fact-schema.js';
import { convertFact, INVALID, readPath, type Value } from './fact-value.js';

/** Three-valued truth: false, true, unknown (Kleene logic). */
export type Truth = 0 | 1 | 2;
export const FALSE: Truth = 0;
export const TRUE: Truth = 1;
export const UNKNOWN: Truth = 2;

/** Names a truth value for explanations. */
export const TRUTH_NAMES = ['false', 'true', 'unknown'] as const;

/** A fact a check read, with the value the rules saw. */
export interface FactRead {
  readonly path: string;
  readonly status: 'present' | 'missing' | 'invalid';
  /** The converted value (a Decimal for numbers); null when missing or invalid, or for a list. */
  readonly value: Value | null;
  /** For a list fact: how many records it had. */
  readonly items?: number;
}

/** One evaluated check of a rule: what it read, what it compared, and the three-valued result. */
export interface CheckTrace {
  readonly check: string;
  readonly facts: readonly FactRead[];
  readonly left: Value | null;
  readonly right: Value | null;
  readonly result: (typeof TRUTH_NAMES)[number];
}

/** A condition compiled to a closure returning three-valued truth. */
export interface CompiledCondition {
  readonly text: string;
  readonly eval: (ctx: EvalContext) => Truth;
}

const NOT_READ: unique symbol = Symbol('not read');

/** The state of one evaluation: the facts, `asOf`, a cache of converted facts and the trace being written. */
export class EvalContext {
  private readonly cache: unknown[];
  /** The list record a `where` clause is looking at. */
  item: unknown = undefined;
  /** Where checks write their trace; null inside `where` clauses and when no explanation is kept. */
  trace: CheckTrace[] | null = null;
  readonly invalid: string[] = [];
  private readonly readRecords: (FactRead | undefined)[] = [];

  constructor(
    readonly root: unknown,
    readonly asOf: CalendarDate,
    factCount: number,
  ) {
    this.cache = new Array<unknown>(factCount).fill(NOT_READ);
  }

  /** Reads and converts a declared fact once per evaluation. */
  fact(decl: FactDecl): Value | undefined {
    let value = this.cache[decl.index];
    if (value === NOT_READ) {
      value = convertFact(readPath(this.root, decl.segments), decl.type);
      if (value === INVALID) this.invalid.push(decl.path);
      this.cache[decl.index] = value;
    }
    return value === INVALID ? undefined : (value as Value | undefined);
  }

  /** Reads a field of the current list record. */
  itemField(listPath: string, field: string, decl: ScalarFact): Value | undefined {
    const raw = typeof this.item === 'object' && this.item !== null ? (this.item as Record<string, unknown>)[field] : undefined;
    const value = convertFact(raw, decl.type);
    if (value !== INVALID) return value;
    const where = `${listPath}[].${field}`;
    if (!this.invalid.includes(where)) this.invalid.push(where);
    return undefined;
  }

  /** Describes how the facts of a check were read, for the explanation (one shared record per fact). */
  reads(facts: readonly FactDecl[]): FactRead[] {
    const out: FactRead[] = [];
    for (const decl of facts) {
      if (this.cache[decl.index] === NOT_READ) this.fact(decl);
      out.push((this.readRecords[decl.index] ??= describe(decl, this.cache[decl.index])));
    }
    return out;
  }
}

function describe(decl: FactDecl, value: unknown): FactRead {
  if (value === INVALID) return { path: decl.path, status: 'invalid', value: null };
  if (value === undefined) return { path: decl.path, status: 'missing', value: null };
  if (Array.isArray(value)) return { path: decl.path, status: 'present', value: null, items: value.length };
  return { path: decl.path, status: 'present', value: value as Value };
}
