import { readFileSync } from 'node:fs';
import { compileRuleSet, type CompiledRuleSet } from '@los/domain';
import { userPath } from './args.js';

/** Reads and compiles a rule set file, printing each validation error with its rule and field. */
export function loadRuleSet(path: string, out: (line: string) => void): CompiledRuleSet | undefined {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(userPath(path), 'utf8'));
  } catch (e) {
    out(`${path}: cannot read JSON: ${(e as Error).message}`);
    return undefined;
  }
  const result = compileRuleSet(json);
  if (result.ok) return result.value;
  out(`${path}: ${result.error.length} problem(s) in the rule set`);
  for (const e of result.error) out(`  ${e.ruleId ? `rule ${e.ruleId}` : 'rule set'} at ${e.path}: ${e.message}`);
  return undefined;
}
