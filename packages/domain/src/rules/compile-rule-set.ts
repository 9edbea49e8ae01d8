import { err, ok, type Result } from '../result.js';
import { compileCondition } from './compile-condition.js';
import type { Scope } from './compile-expression.js';
import { CompiledRuleSet, type CompiledRule } from './compiled-rule-set.js';
import { parseFactSchema } from './fact-schema.js';
import { fingerprint } from './fingerprint.js';
import type { RuleSetJson } from './rule-set-json.js';
import { isLocalDate } from '../local-date.js';
import { checkKeys, isRecord, ValidationErrors, type ValidationError } from './validation-error.js';

const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const REASON = /^[A-Z][A-Z0-9_]*$/;
const TOP_KEYS = ['id', 'version', 'brand', 'product', 'description', 'facts', 'rules', 'examples'];
const RULE_KEYS = ['id', 'kind', 'reason', 'onUnknown', 'description', 'source', 'when', 'require'];

/**
 * Validates a rule set document and compiles it once into closures. Every problem is reported, each
 * naming the rule id and the JSON path of the field.
 * @example
 * const result = compileRuleSet(JSON.parse(text));
 * if (!result.ok) return result.error.map((e) => `${e.ruleId ?? '-'} ${e.path}: ${e.message}`);
 * const decision = result.value.evaluate(facts, { asOf: localDate('2026-06-15') });
 */
export function compileRuleSet(json: unknown): Result<CompiledRuleSet, ValidationError[]> {
  const errors = new ValidationErrors();
  if (!isRecord(json)) {
    errors.add('$', 'a rule set is a JSON object');
    return err(errors.list);
  }
  checkKeys(json, TOP_KEYS, '$', errors);
  if (typeof json.id !== 'string' || json.id.length === 0) errors.add('$.id', 'must be a non-empty string');
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1) errors.add('$.version', 'must be a positive integer');
  for (const key of ['brand', 'product', 'description'] as const) {
    if (json[key] !== undefined && typeof json[key] !== 'string') errors.add(`$.${key}`, 'must be a string');
  }
  const schema = parseFactSchema(json.facts, '$.facts', errors);
  const scope: Scope = { schema, condition: compileCondition };
  const rules: CompiledRule[] = [];
  if (!Array.isArray(json.rules) || json.rules.length === 0) errors.add('$.rules', 'must be a non-empty list of rules');
  else {
    const seen = new Set<string>();
    json.rules.forEach((rule: unknown, i: number) => {
      const compiled = compileRule(rule, `$.rules[${i}]`, scope, errors, seen);
      if (compiled) rules.push(compiled);
    });
  }
  checkExamples(json.examples, errors);
  if (!errors.empty) return err(errors.list);
  // Keep a private copy, so later changes to the caller's object cannot alter a stored version.
  const source = structuredClone(json) as unknown as RuleSetJson;
  return ok(new CompiledRuleSet({ id: source.id, version: source.version, fingerprint: fingerprint(source) }, source, schema, rules));
}

function compileRule(json: unknown, path: string, scope: Scope, errors: ValidationErrors, seen: Set<string>): CompiledRule | undefined {
  errors.ruleId = null;
  if (!isRecord(json)) return void errors.add(path, 'a rule is an object');
  const id = json.id;
  if (typeof id !== 'string' || !RULE_ID.test(id)) errors.add(`${path}.id`, 'must be letters, digits, "_", "-" or "."');
  else {
    errors.ruleId = id;
    if (seen.has(id)) errors.add(`${path}.id`, `duplicate rule id "${id}"`);
    seen.add(id);
  }
  checkKeys(json, RULE_KEYS, path, errors);
  if (json.kind !== 'hard' && json.kind !== 'soft') errors.add(`${path}.kind`, 'must be "hard" (declines) or "soft" (refers)');
  if (typeof json.reason !== 'string' || !REASON.test(json.reason)) errors.add(`${path}.reason`, 'must be an upper-case reason code such as AGE_BELOW_MINIMUM');
  if (json.onUnknown !== 'refer' && json.onUnknown !== 'fail') errors.add(`${path}.onUnknown`, 'must say what a missing fact does: "refer" or "fail"');
  for (const key of ['description', 'source'] as const) {
    if (json[key] !== undefined && typeof json[key] !== 'string') errors.add(`${path}.${key}`, 'must be a string');
  }
  const when = json.when === undefined ? undefined : compileCondition(json.when, `${path}.when`, scope, errors);
  if (json.require === undefined) errors.add(`${path}.require`, 'every rule needs a "require" condition');
  const require = json.require === undefined ? undefined : compileCondition(json.require, `${path}.require`, scope, errors);
  errors.ruleId = null;
  if (!require || (json.when !== undefined && !when) || typeof id !== 'string') return undefined;
  return {
    id,
    kind: json.kind as CompiledRule['kind'],
    reason: json.reason as string,
    onUnknown: json.onUnknown as CompiledRule['onUnknown'],
    ...(typeof json.description === 'string' ? { description: json.description } : {}),
    ...(typeof json.source === 'string' ? { source: json.source } : {}),
    ...(when ? { when } : {}),
    require,
  };
}

function checkExamples(json: unknown, errors: ValidationErrors): void {
  if (json === undefined) return;
  if (!Array.isArray(json)) return errors.add('$.examples', 'must be a list of { name, asOf, facts, expect }');
  json.forEach((example: unknown, i: number) => {
    const path = `$.examples[${i}]`;
    if (!isRecord(example)) return errors.add(path, 'must be { name, asOf, facts, expect }');
    checkKeys(example, ['name', 'asOf', 'facts', 'expect'], path, errors);
    if (typeof example.name !== 'string') errors.add(`${path}.name`, 'must be a string');
    if (typeof example.asOf !== 'string' || !isLocalDate(example.asOf)) errors.add(`${path}.asOf`, 'must be a YYYY-MM-DD date');
    if (!isRecord(example.facts)) errors.add(`${path}.facts`, 'must be an object of facts');
    if (!['approved', 'declined', 'referred'].includes(example.expect as string)) errors.add(`${path}.expect`, 'must be approved, declined or referred');
  });
}
