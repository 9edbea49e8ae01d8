import type { CompiledRuleSet } from '../rules/compiled-rule-set.js';
import { checkRuleSet, type CheckRuleSetOptions } from './check-rule-set.js';
import { formatRuleSetReport } from './format-report.js';
import type { RuleSetReport } from './report.js';

/**
 * Runs `checkRuleSet` and throws with the formatted report when a finding is an error; for a lender's
 * own test suite.
 * @example
 * it('our rule set is sound', () => { assertRuleSet(compiled, { asOf: localDate('2026-06-15') }); });
 */
export function assertRuleSet(ruleSet: CompiledRuleSet, options: CheckRuleSetOptions): RuleSetReport {
  const report = checkRuleSet(ruleSet, options);
  if (!report.ok) throw new Error(formatRuleSetReport(report));
  return report;
}
