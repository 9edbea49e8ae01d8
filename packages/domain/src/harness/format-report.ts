import type { DecisionDiff } from './diff-decisions.js';
import type { RuleSetReport } from './report.js';

const pad = (text: string, width: number) => text.padEnd(width);

/** Renders a rule-set report as plain text for a terminal or a review. * @example
 * process.stdout.write(formatRuleSetReport(checkRuleSet(compiled, { asOf })));
 */
export function formatRuleSetReport(report: RuleSetReport): string {
  const lines = [`Rule set ${report.ruleSet.id} v${report.ruleSet.version} (${report.ruleSet.fingerprint}), seed ${report.seed}: ${report.ok ? 'OK' : 'PROBLEMS FOUND'}`];
  const { approved, referred, declined } = report.outcomes;
  lines.push(`${report.samples} generated applications: ${approved} approved, ${referred} referred, ${declined} declined`, '', 'Findings:');
  if (report.findings.length === 0) lines.push('  none');
  for (const f of report.findings) {
    lines.push(`  ${f.severity.toUpperCase()} ${f.code}: ${f.message}`);
    if (f.counterexample) lines.push(`    counterexample: ${JSON.stringify(f.counterexample)}`);
  }
  const width = Math.max(...report.coverage.map((c) => c.ruleId.length), 4);
  lines.push('', `Rule coverage:`, `  ${pad('rule', width)}   pass   fail  unknown  n/a`);
  for (const { ruleId, counts } of report.coverage) {
    lines.push(`  ${pad(ruleId, width)} ${String(counts.pass).padStart(6)} ${String(counts.fail).padStart(6)} ${String(counts.unknown).padStart(8)} ${String(counts['not-applicable']).padStart(4)}`);
  }
  lines.push('', 'Boundary cases (first base application):');
  for (const b of report.boundaries) {
    const mark = b.actual === String(b.expected) ? 'ok' : b.actual === 'not-evaluated' ? '--' : 'XX';
    lines.push(`  ${mark} ${pad(b.ruleId, width)} ${pad(b.check, 48)} ${pad(`${b.fact} = ${b.input}`, 40)} → ${b.actual} (rule ${b.ruleOutcome})`);
  }
  return lines.join('\n');
}

/**
 * Renders a decision diff: the transition matrix, then each changed decision with its reasons.
 * @example
 * console.log(formatDecisionDiff(diffDecisions(active, draft, apps), 10));
 */
export function formatDecisionDiff(diff: DecisionDiff, limit = 20): string {
  const lines = [`${diff.before.id} v${diff.before.version} → ${diff.after.id} v${diff.after.version}: ${diff.changed.length} of ${diff.total} decisions change`, ''];
  for (const [transition, count] of Object.entries(diff.transitions).sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${pad(transition, 22)} ${String(count).padStart(6)}`);
  if (diff.changed.length > 0) lines.push('', 'Changed decisions:');
  for (const c of diff.changed.slice(0, limit)) {
    lines.push(`  ${pad(c.id, 10)} ${pad(`${c.before} → ${c.after}`, 24)} [${c.reasonsBefore.join(', ')}] → [${c.reasonsAfter.join(', ')}]`);
  }
  if (diff.changed.length > limit) lines.push(`  … and ${diff.changed.length - limit} more`);
  return lines.join('\n');
}
