import type { Decimal } from '../money/decimal.js';
import { compileExpression, type CompiledExpr, type Scope } from './compile-expression.js';
import { FALSE, TRUE, UNKNOWN, TRUTH_NAMES, type CompiledCondition, type Truth } from './eval-context.js';
import type { FactDate, Value } from './fact-value.js';
import type { ComparisonOp } from './rule-set-json.js';
import { checkKeys, isRecord, type ValidationErrors } from './validation-error.js';
import { compileListCondition, compilePresence } from './compile-leaf-condition.js';


const COMPARISONS: Record<ComparisonOp, { text: string; test: (c: number) => boolean }> = {
  eq: { text: '=', test: (c) => c === 0 },
  ne: { text: '≠', test: (c) => c !== 0 },
  lt: { text: '<', test: (c) => c < 0 },
  lte: { text: '≤', test: (c) => c <= 0 },
  gt: { text: '>', test: (c) => c > 0 },
  gte: { text: '≥', test: (c) => c >= 0 },
};

/** Compiles a condition, reporting every problem with its JSON path. */
export function compileCondition(json: unknown, path: string, scope: Scope, errors: ValidationErrors): CompiledCondition | undefined {
  if (!isRecord(json)) return void errors.add(path, 'a condition is an object: all, any, not, or one with "op"');
  if ('all' in json || 'any' in json) return compileJunction(json, path, scope, errors);
  if ('not' in json) {
    checkKeys(json, ['not'], path, errors);
    const inner = compileCondition(json.not, `${path}.not`, scope, errors);
    if (!inner) return undefined;
    return { text: `not (${inner.text})`, eval: (ctx) => negate(inner.eval(ctx)) };
  }
  const op = json.op;
  if (typeof op === 'string' && op in COMPARISONS) return compileComparison(op as ComparisonOp, json, path, scope, errors);
  switch (op) {
    case 'between':
      return compileBetween(json, path, scope, errors);
    case 'in':
    case 'notIn':
      return compileMembership(op, json, path, scope, errors);
    case 'matches':
      return compileMatches(json, path, scope, errors);
    case 'present':
    case 'missing':
      return compilePresence(op, json, path, scope, errors);
    case 'some':
    case 'every':
      return compileListCondition(op, json, path, scope, errors);
    default:
      return void errors.add(`${path}.op`, `unknown operator ${JSON.stringify(op)}`);
  }
}

const negate = (value: Truth): Truth => (value === TRUE ? FALSE : value === FALSE ? TRUE : UNKNOWN);

function compileJunction(json: Record<string, unknown>, path: string, scope: Scope, errors: ValidationErrors): CompiledCondition | undefined {
  const kind = 'all' in json ? 'all' : 'any';
  checkKeys(json, [kind], path, errors);
  const list = json[kind];
  if (!Array.isArray(list) || list.length === 0) return void errors.add(`${path}.${kind}`, `${kind} takes a non-empty list of conditions`);
  const parts = list.map((c, i) => compileCondition(c, `${path}.${kind}[${i}]`, scope, errors));
  if (parts.some((p) => p === undefined)) return undefined;
  const conditions = parts as CompiledCondition[];
  // Kleene logic: a decisive value (false for all, true for any) wins over unknown, and stops the walk.
  const decisive = kind === 'all' ? FALSE : TRUE;
  const otherwise = kind === 'all' ? TRUE : FALSE;
  return {
    text: conditions.map((c) => `(${c.text})`).join(kind === 'all' ? ' and ' : ' or '),
    eval: (ctx) => {
      let result = otherwise;
      for (const condition of conditions) {
        const value = condition.eval(ctx);
        if (value === decisive) return decisive;
        if (value === UNKNOWN) result = UNKNOWN;
      }
      return result;
    },
  };
}

/** Compiles the two sides of a check; a bare literal takes the type of the other side. */
export function compileOperands(left: unknown, right: unknown, paths: [string, string], scope: Scope, errors: ValidationErrors): [CompiledExpr, CompiledExpr] | undefined {
  const leftIsLiteral = typeof left !== 'object' || left === null;
  const first = compileExpression(leftIsLiteral ? right : left, leftIsLiteral ? paths[1] : paths[0], scope, errors);
  if (!first) return undefined;
  const second = compileExpression(leftIsLiteral ? left : right, leftIsLiteral ? paths[0] : paths[1], scope, errors, first.type);
  if (!second) return undefined;
  return leftIsLiteral ? [second, first] : [first, second];
}

/** Orders two values of one type: Decimals numerically, dates by calendar day, others by identity. */
export function order(type: CompiledExpr['type']): (a: Value, b: Value) => number {
  if (type === 'decimal') return (a, b) => (a as Decimal).cmp(b as Decimal);
  if (type === 'date') return (a, b) => (a as FactDate).calendar.epochDay - (b as FactDate).calendar.epochDay;
  return (a, b) => (a === b ? 0 : 1);
}

/** Builds the closure of a check over two operands that records what it read. */
export function check(text: string, left: CompiledExpr, right: CompiledExpr, test: (l: Value, r: Value) => boolean): CompiledCondition {
  const facts = [...left.facts, ...right.facts];
  return {
    text,
    eval: (ctx) => {
      const l = left.eval(ctx);
      const r = right.eval(ctx);
      const result: Truth = l === undefined || r === undefined ? UNKNOWN : test(l, r) ? TRUE : FALSE;
      ctx.trace?.push({ check: text, facts: ctx.reads(facts), left: l ?? null, right: r ?? null, result: TRUTH_NAMES[result] });
      return result;
    },
  };
}

function compileComparison(op: ComparisonOp, json: Record<string, unknown>, path: string, scope: Scope, errors: ValidationErrors): CompiledCondition | undefined {
  checkKeys(json, ['op', 'left', 'right'], path, errors);
  const operands = compileOperands(json.left, json.right, [`${path}.left`, `${path}.right`], scope, errors);
  if (!operands) return undefined;
  const [left, right] = operands;
  if (left.type !== right.type) return void errors.add(path, `cannot compare ${left.type} with ${right.type}`);
  const ordered = left.type === 'decimal' || left.type === 'date';
  if (!ordered && op !== 'eq' && op !== 'ne') return void errors.add(`${path}.op`, `${op} needs numbers or dates, got ${left.type}`);
  if (left.type === 'list') return void errors.add(path, 'lists are compared through count, some or every');
  const cmp = order(left.type);
  const { text, test } = COMPARISONS[op];
  return check(`${left.text} ${text} ${right.text}`, left, right, (l, r) => test(cmp(l, r)));
}

function compileBetween(json: Record<string, unknown>, path: string, scope: Scope, errors: ValidationErrors): CompiledCondition | undefined {
  checkKeys(json, ['op', 'left', 'min', 'max'], path, errors);
  const low = compileOperands(json.left, json.min, [`${path}.left`, `${path}.min`], scope, errors);
  const high = low && compileExpression(json.max, `${path}.max`, scope, errors, low[0].type);
  if (!low || !high) return undefined;
  const [left, min] = low;
  if (left.type !== 'decimal' && left.type !== 'date') return void errors.add(`${path}.left`, `between needs a number or a date, got ${left.type}`);
  if (min.type !== left.type || high.type !== left.type) return void errors.add(path, `min and max must be ${left.type}s like left`);
  const cmp = order(left.type);
  const bounds: CompiledExpr = {
    type: 'list',
    text: `[${min.text}, ${high.text}]`,
    facts: [...min.facts, ...high.facts],
    eval: (ctx) => {
      const a = min.eval(ctx);
      const b = high.eval(ctx);
      return a === undefined || b === undefined ? undefined : [a, b];
    },
  };
  return check(`${left.text} between ${min.text} and ${high.text}`, left, bounds, (l, r) => {
    const [a, b] = r as [Value, Value];
    return cmp(l, a) >= 0 && cmp(l, b) <= 0;
  });
}

function compileMembership(op: 'in' | 'notIn', json: Record<string, unknown>, path: string, scope: Scope, errors: ValidationErrors): CompiledCondition | undefined {
  checkKeys(json, ['op', 'left', 'values'], path, errors);
  const left = compileExpression(json.left, `${path}.left`, scope, errors);
  if (!left) return undefined;
  if (left.type !== 'string' && left.type !== 'decimal') return void errors.add(`${path}.left`, `${op} needs a string or a number, got ${left.type}`);
  if (!Array.isArray(json.values) || json.values.length === 0) return void errors.add(`${path}.values`, 'must be a non-empty list of literals');
  const literals = json.values.map((v, i) => compileExpression(v, `${path}.values[${i}]`, scope, errors, left.type));
  if (literals.some((l) => l === undefined || l.constant === undefined || l.type !== left.type)) {
    return void errors.add(`${path}.values`, `every value must be a ${left.type} literal`);
  }
  const values = literals.map((l) => l!.constant as Value);
  // Decimals are keyed by their normalised text so "1.50" and 1.5 are the same member.
  const key = (v: Value): string => (typeof v === 'string' ? v : String(v));
  const members = new Set(values.map(key));
  const wanted = op === 'in';
  const right: CompiledExpr = { type: 'list', text: `[${literals.map((l) => l!.text).join(', ')}]`, facts: [], constant: values, eval: () => values };
  return check(`${left.text} ${op === 'in' ? 'in' : 'not in'} ${right.text}`, left, right, (l) => members.has(key(l)) === wanted);
}

function compileMatches(json: Record<string, unknown>, path: string, scope: Scope, errors: ValidationErrors): CompiledCondition | undefined {
  checkKeys(json, ['op', 'left', 'pattern', 'flags'], path, errors);
  const left = compileExpression(json.left, `${path}.left`, scope, errors);
  if (!left) return undefined;
  if (left.type !== 'string') return void errors.add(`${path}.left`, `matches needs a string, got ${left.type}`);
  if (typeof json.pattern !== 'string') return void errors.add(`${path}.pattern`, 'must be a regular expression string');
  if (json.flags !== undefined && (typeof json.flags !== 'string' || !/^[imsu]*$/.test(json.flags))) return void errors.add(`${path}.flags`, 'may contain only i, m, s, u');
  let regex: RegExp;
  try {
    regex = new RegExp(json.pattern, (json.flags as string | undefined) ?? '');
  } catch (e) {
    return void errors.add(`${path}.pattern`, `not a valid regular expression: ${(e as Error).message}`);
  }
  const right: CompiledExpr = { type: 'string', text: `/${json.pattern}/`, facts: [], constant: json.pattern, eval: () => regex.source };
  return check(`${left.text} matches ${right.text}`, left, right, (l) => regex.test(l as string));
}
