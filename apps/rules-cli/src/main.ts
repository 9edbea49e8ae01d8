import { readFileSync } from 'node:fs';
import { checkRuleSet, diffDecisions, formatDecisionDiff, formatRuleSetReport, generateApplications, localDate, type LocalDate, type ReplayApplication } from '@los/domain';
import { intOption, parseArgs, UsageError, userPath, type Args } from './args.js';
import { loadRuleSet } from './load-rule-set.js';

const USAGE = `usage:
  check <ruleset.json> [--as-of YYYY-MM-DD] [--seed N] [--runs N]
      validate the rule set and run the harness properties; exit 1 on any error finding
  diff <old.json> <new.json> [--as-of YYYY-MM-DD] [--seed N] [--count N] [--applications past.json] [--show N] [--fail-on-change]
      replay generated (or past) applications through both versions and list the decisions that change`;

function asOf(args: Args): LocalDate {
  // The CLI is an app, so it may read the clock; the business date defaults to today in UTC.
  const raw = args.options.get('as-of') ?? new Date().toISOString().slice(0, 10);
  try {
    return localDate(raw);
  } catch {
    throw new UsageError(`--as-of must be a YYYY-MM-DD date, got "${raw}"`);
  }
}

function check(args: Args, out: (line: string) => void): number {
  const [file] = args.positional;
  if (!file) throw new UsageError('check needs a rule set file');
  const ruleSet = loadRuleSet(file, out);
  if (!ruleSet) return 1;
  const report = checkRuleSet(ruleSet, { asOf: asOf(args), seed: intOption(args, 'seed', 20_260_101), runs: intOption(args, 'runs', 300) });
  out(formatRuleSetReport(report));
  return report.ok ? 0 : 1;
}

function diff(args: Args, out: (line: string) => void): number {
  const [oldFile, newFile] = args.positional;
  if (!oldFile || !newFile) throw new UsageError('diff needs the old and the new rule set files');
  const before = loadRuleSet(oldFile, out);
  const after = loadRuleSet(newFile, out);
  if (!before || !after) return 1;
  const past = args.options.get('applications');
  const applications: ReplayApplication[] = past
    ? (JSON.parse(readFileSync(userPath(past), 'utf8')) as ReplayApplication[])
    : generateApplications([before, after], { asOf: asOf(args), count: intOption(args, 'count', 1000), seed: intOption(args, 'seed', 42) });
  const result = diffDecisions(before, after, applications);
  out(`${past ? `${applications.length} past applications from ${past}` : `${applications.length} generated applications`}`);
  out(formatDecisionDiff(result, intOption(args, 'show', 20)));
  return args.options.has('fail-on-change') && result.changed.length > 0 ? 1 : 0;
}

/** Runs the command line and returns the exit code. */
export function run(argv: readonly string[], out: (line: string) => void = console.log): number {
  const args = parseArgs(argv);
  const [command, ...rest] = args.positional;
  const sub: Args = { positional: rest, options: args.options };
  try {
    if (command === 'check') return check(sub, out);
    if (command === 'diff') return diff(sub, out);
    throw new UsageError(command ? `unknown command "${command}"` : 'no command');
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    out(`${e.message}\n${USAGE}`);
    return 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = run(process.argv.slice(2));
