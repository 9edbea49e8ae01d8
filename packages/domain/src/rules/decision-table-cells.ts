import { compileExpression, type CompiledExpr, type Scope } from './compile-expression.js';
import { order } from './compile-condition.js';
import { FALSE, TRUE, UNKNOWN, type Truth } from './eval-context.js';
import { parseLiteralDecimal, type Value } from './fact-value.js';
import { checkKeys, isRecord, type ValidationErrors } from './validation-error.js';

/** A cell of a decision table row: a band `[min, max)`, a set of values, or one value. Absent means any. */
export type CellJson = { readonly min?: string | number; readonly max?: string | number } | { readonly in: readonly (string | number)[] } | { readonly eq: string | number | boolean };

/** The type of an output column. */
export type OutputType = 'decimal' | 'integer' | 'string' | 'integer-list';

/** An output value: decimals are decimal strings so a stored offer never holds a float. */
export type OutputValue = string | number | readonly number[];

/** A compiled input column. */
export interface TableInput {
  readonly id: string;
  readonly expr: CompiledExpr;
}

/** A compiled cell: the test of one input value, and how it reads in an explanation. */
export interface CompiledCell {
  readonly text: string;
  readonly test: (value: Value | undefined) => Truth;
}

/** Compiles an input column. */
export function compileInput(json: unknown, path: string, scope: Scope, errors: ValidationErrors): TableInput | undefined {
  if (!isRecord(json) || typeof json.id !== 'string') return void errors.add(path, 'an input is { "id": string, "expr": expression }');
  checkKeys(json, ['id', 'expr'], path, errors);
  const expr = compileExpression(json.expr, `${path}.expr`, scope, errors);
  if (expr && expr.type !== 'decimal' && expr.type !== 'string' && expr.type !== 'boolean') return void errors.add(`${path}.expr`, `an input must be a number, string or boolean, got ${expr.type}`);
  return expr ? { id: json.id, expr } : undefined;
}

/** Compiles one cell against its input's type. */
export function compileCell(json: unknown, input: TableInput, path: string, errors: ValidationErrors): CompiledCell | undefined {
  if (!isRecord(json)) return void errors.add(path, 'a cell is { "min"/"max" }, { "in": [...] } or { "eq": value }');
  const type = input.expr.type;
  const literal = (raw: unknown, at: string): Value | undefined => {
    const value = type === 'decimal' ? parseLiteralDecimal(raw) : typeof raw === type ? (raw as Value) : undefined;
    if (value === undefined) errors.add(at, `must be a ${type} like the input "${input.id}"`);
    return value;
  };
  const cmp = order(type);
  const known = (test: (v: Value) => boolean) => (v: Value | undefined): Truth => (v === undefined ? UNKNOWN : test(v) ? TRUE : FALSE);
  if ('in' in json) {
    checkKeys(json, ['in'], path, errors);
    if (!Array.isArray(json.in) || json.in.length === 0) return void errors.add(`${path}.in`, 'must be a non-empty list');
    const values = json.in.map((raw, i) => literal(raw, `${path}.in[${i}]`));
    if (values.some((v) => v === undefined)) return undefined;
    return { text: `in [${json.in.join(', ')}]`, test: known((v) => values.some((w) => cmp(v, w!) === 0)) };
  }
  if ('eq' in json) {
    checkKeys(json, ['eq'], path, errors);
    const value = literal(json.eq, `${path}.eq`);
    return value === undefined ? undefined : { text: `= ${String(json.eq)}`, test: known((v) => cmp(v, value) === 0) };
  }
  checkKeys(json, ['min', 'max'], path, errors);
  if (type !== 'decimal') return void errors.add(path, `a band needs a numeric input; "${input.id}" is ${type}`);
  const min = json.min === undefined ? undefined : literal(json.min, `${path}.min`);
  const max = json.max === undefined ? undefined : literal(json.max, `${path}.max`);
  if ((json.min !== undefined && min === undefined) || (json.max !== undefined && max === undefined)) return undefined;
  if (min !== undefined && max !== undefined && cmp(min, max) >= 0) return void errors.add(path, 'min must be below max (bands are [min, max))');
  const text = `[${json.min ?? '-∞'}, ${json.max ?? '∞'})`;
  return { text, test: known((v) => (min === undefined || cmp(v, min) >= 0) && (max === undefined || cmp(v, max) < 0)) };
}

/** Checks and normalises an output cell against its declared type. */
export function outputValue(raw: unknown, type: OutputType, path: string, errors: ValidationErrors): OutputValue | undefined {
  switch (type) {
    case 'decimal': {
      const value = parseLiteralDecimal(raw);
      return value === undefined ? void errors.add(path, 'must be a decimal string or number') : value.toFixed();
    }
    case 'integer':
      return Number.isSafeInteger(raw) ? (raw as number) : void errors.add(path, 'must be an integer');
    case 'string':
      return typeof raw === 'string' ? raw : void errors.add(path, 'must be a string');
    case 'integer-list':
      return Array.isArray(raw) && raw.length > 0 && raw.every((n) => Number.isSafeInteger(n) && n > 0) ? (raw as number[]) : void errors.add(path, 'must be a non-empty list of positive integers');
  }
}
