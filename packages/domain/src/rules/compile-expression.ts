import { Decimal } from '../money/decimal.js';
import { daysBetween, monthsBetween, yearsBetween } from './calendar.js';
import type { CompiledCondition, EvalContext } from './eval-context.js';
import type { FactDecl, FactSchema, ListFact, ScalarFact } from './fact-schema.js';
import { decimalOf, FactDate, parseDate, parseLiteralDecimal, type Value } from './fact-value.js';
import { checkKeys, isRecord, type ValidationErrors } from './validation-error.js';

/** The type of a compiled expression; integer facts are decimals at run time. */
export type ValueType = 'decimal' | 'string' | 'boolean' | 'date' | 'list';

/** An expression compiled to a closure, with what it reads and how it reads in an explanation. */
export interface CompiledExpr {
  readonly type: ValueType;
  readonly text: string;
  /** The top-level facts it reads (list-record fields are not listed). */
  readonly facts: readonly FactDecl[];
  /** Set when the expression is a literal. */
  readonly constant?: Value;
  readonly eval: (ctx: EvalContext) => Value | undefined;
}

/** What names are in scope: the declared facts, and inside `where`/`of` the fields of one list record. */
export interface Scope {
  readonly schema: FactSchema;
  readonly list?: ListFact;
  /** Compiles a nested condition (passed in so the two compilers do not import each other). */
  readonly condition: (json: unknown, path: string, scope: Scope, errors: ValidationErrors) => CompiledCondition | undefined;
}

const ARITHMETIC = ['add', 'sub', 'mul', 'div', 'min', 'max'] as const;
const SYMBOLS: Record<(typeof ARITHMETIC)[number], string> = { add: '+', sub: '-', mul: '×', div: '÷', min: 'min', max: 'max' };
const DATE_FUNCTIONS = ['yearsSince', 'monthsSince', 'daysSince'] as const;

/** Compiles an expression; `hint` gives the type a bare string literal should be read as. */
export function compileExpression(json: unknown, path: string, scope: Scope, errors: ValidationErrors, hint?: ValueType): CompiledExpr | undefined {
  if (typeof json === 'number' || typeof json === 'string' || typeof json === 'boolean') return literal(json, path, errors, hint);
  if (!isRecord(json)) {
    errors.add(path, 'an expression is a literal, {"fact": …}, {"item": …}, arithmetic, a date function, count or sum');
    return undefined;
  }
  const keys = Object.keys(json);
  if ('fact' in json) {
    checkKeys(json, ['fact'], path, errors);
    return fact(json.fact, path, scope, errors);
  }
  if ('item' in json) {
    checkKeys(json, ['item'], path, errors);
    return itemField(json.item, path, scope, errors);
  }
  const arithmetic = ARITHMETIC.find((op) => op in json);
  if (arithmetic && keys.length === 1) return compileArithmetic(arithmetic, json[arithmetic], `${path}.${arithmetic}`, scope, errors);
  const dateFn = DATE_FUNCTIONS.find((fn) => fn in json);
  if (dateFn && keys.length === 1) {
    const arg = compileExpression(json[dateFn], `${path}.${dateFn}`, scope, errors, 'date');
    if (!arg) return undefined;
    if (arg.type !== 'date') return void errors.add(`${path}.${dateFn}`, `${dateFn} needs a date, got ${arg.type}`);
    const between = dateFn === 'yearsSince' ? yearsBetween : dateFn === 'monthsSince' ? monthsBetween : daysBetween;
    return {
      type: 'decimal',
      text: `${dateFn}(${arg.text})`,
      facts: arg.facts,
      eval: (ctx) => {
        const date = arg.eval(ctx) as FactDate | undefined;
        return date === undefined ? undefined : decimalOf(between(date.calendar, ctx.asOf));
      },
    };
  }
  if ('count' in json || 'sum' in json) {
    checkKeys(json, 'count' in json ? ['count', 'where'] : ['sum', 'of', 'where'], path, errors);
    return compileAggregate(json, path, scope, errors);
  }
  errors.add(path, `unknown expression with fields ${keys.join(', ')}`);
  return undefined;
}

function literal(json: string | number | boolean, path: string, errors: ValidationErrors, hint?: ValueType): CompiledExpr | undefined {
  let constant: Value | undefined;
  if (typeof json === 'boolean') constant = json;
  else if (typeof json === 'number' || hint === 'decimal') constant = parseLiteralDecimal(json);
  else if (hint === 'date') constant = parseDate(json);
  else constant = json;
  if (constant === undefined) return void errors.add(path, `${JSON.stringify(json)} is not a valid ${hint ?? 'number'}`);
  const type: ValueType = typeof constant === 'boolean' ? 'boolean' : typeof constant === 'string' ? 'string' : constant instanceof FactDate ? 'date' : 'decimal';
  const text = typeof constant === 'string' ? JSON.stringify(constant) : String(json);
  const value = constant;
  return { type, text, facts: [], constant: value, eval: () => value };
}

function fact(name: unknown, path: string, scope: Scope, errors: ValidationErrors): CompiledExpr | undefined {
  const decl = typeof name === 'string' ? scope.schema.get(name) : undefined;
  if (!decl) return void errors.add(`${path}.fact`, `fact ${JSON.stringify(name)} is not declared in "facts"`);
  const type: ValueType = decl.type === 'integer' ? 'decimal' : decl.type;
  return { type, text: decl.path, facts: [decl], eval: (ctx) => ctx.fact(decl) };
}

function itemField(name: unknown, path: string, scope: Scope, errors: ValidationErrors): CompiledExpr | undefined {
  if (!scope.list) return void errors.add(`${path}.item`, '"item" is only allowed inside "where" or "of" of a list');
  const list = scope.list;
  const decl: ScalarFact | undefined = typeof name === 'string' ? list.items.get(name) : undefined;
  if (!decl) return void errors.add(`${path}.item`, `${list.path} records have no field ${JSON.stringify(name)}`);
  const field = name as string;
  const type: ValueType = decl.type === 'integer' ? 'decimal' : decl.type;
  return { type, text: `item.${field}`, facts: [], eval: (ctx) => ctx.itemField(list.path, field, decl) };
}

function compileArithmetic(op: (typeof ARITHMETIC)[number], json: unknown, path: string, scope: Scope, errors: ValidationErrors): CompiledExpr | undefined {
  if (!Array.isArray(json) || json.length < 2) return void errors.add(path, `${op} takes a list of at least two expressions`);
  const parts = json.map((part, i) => compileExpression(part, `${path}[${i}]`, scope, errors, 'decimal'));
  if (parts.some((p) => p === undefined)) return undefined;
  const operands = parts as CompiledExpr[];
  operands.forEach((p, i) => p.type !== 'decimal' && errors.add(`${path}[${i}]`, `${op} needs numbers, got ${p.type}`));
  const step = STEPS[op];
  const text = op === 'min' || op === 'max' ? `${op}(${operands.map((p) => p.text).join(', ')})` : `(${operands.map((p) => p.text).join(` ${SYMBOLS[op]} `)})`;
  return {
    type: 'decimal',
    text,
    facts: operands.flatMap((p) => p.facts),
    eval: (ctx) => {
      let acc = operands[0]!.eval(ctx) as Decimal | undefined;
      for (let i = 1; i < operands.length && acc !== undefined; i++) {
        const next = operands[i]!.eval(ctx) as Decimal | undefined;
        acc = next === undefined ? undefined : step(acc, next);
      }
      return acc;
    },
  };
}

// Division by zero has no value, so it is unknown rather than an exception or Infinity.
const STEPS: Record<(typeof ARITHMETIC)[number], (a: Decimal, b: Decimal) => Decimal | undefined> = {
  add: (a, b) => a.plus(b),
  sub: (a, b) => a.minus(b),
  mul: (a, b) => a.mul(b),
  div: (a, b) => (b.isZero() ? undefined : a.div(b)),
  min: (a, b) => (a.lte(b) ? a : b),
  max: (a, b) => (a.gte(b) ? a : b),
};

function compileAggregate(json: Record<string, unknown>, path: string, scope: Scope, errors: ValidationErrors): CompiledExpr | undefined {
  const kind = 'count' in json ? 'count' : 'sum';
  const listName = json[kind];
  const list = typeof listName === 'string' ? scope.schema.get(listName) : undefined;
  if (!list || list.type !== 'list') return void errors.add(`${path}.${kind}`, `${JSON.stringify(listName)} is not a declared list fact`);
  const inner: Scope = { ...scope, list };
  const where = json.where === undefined ? undefined : scope.condition(json.where, `${path}.where`, inner, errors);
  const of = kind === 'sum' ? compileExpression(json.of, `${path}.of`, inner, errors, 'decimal') : undefined;
  if (of && of.type !== 'decimal') errors.add(`${path}.of`, `sum needs a number, got ${of.type}`);
  if ((json.where !== undefined && !where) || (kind === 'sum' && !of)) return undefined;
  const filter = where ? ` where ${where.text}` : '';
  return {
    type: 'decimal',
    text: kind === 'count' ? `count(${list.path}${filter})` : `sum(${of!.text} of ${list.path}${filter})`,
    facts: [list],
    eval: (ctx) => {
      const records = ctx.fact(list) as readonly unknown[] | undefined;
      if (records === undefined) return undefined;
      const outer = ctx.item;
      const trace = ctx.trace;
      ctx.trace = null;
      let total = new Decimal(0);
      let count = 0;
      let unknown = false;
      for (const record of records) {
        ctx.item = record;
        const selected = where ? where.eval(ctx) : 1;
        if (selected === 2) unknown = true;
        if (selected !== 1) continue;
        if (!of) count++;
        else {
          const value = of.eval(ctx) as Decimal | undefined;
          if (value === undefined) unknown = true;
          else total = total.plus(value);
        }
      }
      ctx.item = outer;
      ctx.trace = trace;
      return unknown ? undefined : of ? total : decimalOf(count);
    },
  };
}
