import fc from 'fast-check';
import type { CompiledRuleSet } from '../rules/compiled-rule-set.js';
import { setPath, type Facts } from './facts-arbitrary.js';

/** Reads a dotted path from generated facts. */
export function readFact(facts: Facts, path: string): unknown {
  let node: unknown = facts;
  for (const segment of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/**
 * Applications near known ones: a known application with one to three facts replaced by generated
 * values (or removed, when the generator left them out).
 */
export function neighbours(known: readonly Facts[], ruleSet: CompiledRuleSet, random: fc.Arbitrary<Facts>): fc.Arbitrary<Facts> {
  const paths = [...ruleSet.schema.keys()];
  return fc.tuple(fc.constantFrom(...known), random, fc.subarray(paths, { minLength: 1, maxLength: Math.min(3, paths.length) })).map(([base, generated, changed]) => {
    const facts = structuredClone(base);
    for (const path of changed) setPath(facts, path, readFact(generated, path));
    return facts;
  });
}
