import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Repositories } from '@los/application';
import { type LocalDate, activateRuleSetVersion, checkRuleSet, compileRuleSet, draftRuleSetVersion, recordRuleSetCheck } from '@los/domain';

/**
 * The example salary-advance rule set the domain package ships (rules/examples/salary-advance.json), read
 * from the package's own folder so the demo runs exactly the documented example.
 */
export function exampleSalaryAdvanceRuleSet(): Record<string, unknown> {
  const domainIndex = createRequire(import.meta.url).resolve('@los/domain');
  return JSON.parse(readFileSync(join(dirname(domainIndex), 'rules', 'examples', 'salary-advance.json'), 'utf8')) as Record<string, unknown>;
}

/**
 * Takes the example rule set through its lifecycle for a brand (draft → checked by the harness → active),
 * with the same domain steps the API's use cases run.
 * @throws Error when the example no longer compiles or passes the harness: the demo must not start broken.
 */
export async function activateDemoRuleSet(repositories: Repositories, brandId: string, asOf: LocalDate, at: Date): Promise<void> {
  const document = exampleSalaryAdvanceRuleSet();
  const compiled = compileRuleSet(document);
  if (!compiled.ok) throw new Error(`the example rule set does not compile: ${compiled.error[0]?.message ?? ''}`);
  const checked = recordRuleSetCheck(draftRuleSetVersion(compiled.value), checkRuleSet(compiled.value, { asOf, runs: 60 }), asOf);
  if (!checked.ok) throw new Error(`the example rule set fails its check: ${checked.error.code}`);
  const activated = activateRuleSetVersion([checked.value], checked.value.version);
  if (!activated.ok) throw new Error(`the example rule set cannot be activated: ${activated.error.code}`);
  const version = activated.value[0]!;
  await repositories.ruleSets.add({ ...version, brandId, productCode: compiled.value.json.product ?? null, document, scorecard: null, createdAt: at, createdBy: 'system' });
}
