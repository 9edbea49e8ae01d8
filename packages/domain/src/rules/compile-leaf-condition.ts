import type { Scope } from './compile-expression.js';
import { FALSE, TRUE, UNKNOWN, TRUTH_NAMES, type CompiledCondition, type Truth } from './eval-context.js';
import { Decimal } from '../money/decimal.js';
import { checkKeys, type ValidationErrors } from './validation-error.js';

/** Compiles `present`/`missing`: always true or false, never unknown, since it asks about the data itself. */
export function compilePresence(op: 'present' | 'missing', json: Record<string, unknown>, path: string, scope: Scope, errors: ValidationErrors): CompiledCondition | undefined {
  checkKeys(json, ['op', 'fact'], path, errors);
  const decl = typeof json.fact === 'string' ? scope.schema.get(json.fact) : undefined;
  if (!decl) return void errors.add(`${path}.fact`, `fact ${JSON.stringify(json.fact)} is not declared in "facts"`);
  const text = `${decl.path} is ${op}`;
  const facts = [decl];
  return {
    text,
    eval: (ctx) => {
      // An invalid value is as good as none: the rules cannot read it.
      const present = ctx.fact(decl) !== undefined;
      const result: Truth = present === (op === 'present') ? TRUE : FALSE;
      ctx.trace?.push({ check: text, facts: ctx.reads(facts), left: present, right: null, result: TRUTH_NAMES[result] });
      return result;
    },
  };
}

/** Compiles `some`/`every` over the records of a list fact (Kleene logic over the records). */
export function compileListCondition(op: 'some' | 'every', json: Record<string, unknown>, path: string, scope: Scope, errors: ValidationErrors): CompiledCondition | undefined {
  checkKeys(json, ['op', 'list', 'where'], path, errors);
  const list = typeof json.list === 'string' ? scope.schema.get(json.list) : undefined;
  if (!list || list.type !== 'list') return void errors.add(`${path}.list`, `${JSON.stringify(json.list)} is not a declared list fact`);
  const where = scope.condition(json.where, `${path}.where`, { ...scope, list }, errors);
  if (!where) return undefined;
  const text = `${op} ${list.path} where ${where.text}`;
  const decisive = op === 'some' ? TRUE : FALSE;
  const otherwise = op === 'some' ? FALSE : TRUE;
  const facts = [list];
  return {
    text,
    eval: (ctx) => {
      const records = ctx.fact(list) as readonly unknown[] | undefined;
      let result: Truth = UNKNOWN;
      let matched = 0;
      if (records !== undefined) {
        const outer = ctx.item;
        const trace = ctx.trace;
        ctx.trace = null;
        result = otherwise;
        for (const record of records) {
          ctx.item = record;
          const value = where.eval(ctx);
          if (value === TRUE) matched++;
          if (value === decisive) result = decisive;
          else if (value === UNKNOWN && result !== decisive) result = UNKNOWN;
        }
        ctx.item = outer;
        ctx.trace = trace;
      }
      // The explanation shows how many records matched, so "every" and "some" can be read back.
      ctx.trace?.push({ check: text, facts: ctx.reads(facts), left: records === undefined ? null : new Decimal(matched), right: null, result: TRUTH_NAMES[result] });
      return result;
    },
  };
}
