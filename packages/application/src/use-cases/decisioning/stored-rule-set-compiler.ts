import { type CompiledRuleSet, type CompiledScorecard, compileRuleSet, compileScorecard } from '@los/domain';
import type { StoredRuleSet } from '../../ports/rule-set-repository.js';

/** A stored version compiled: its rules and, when it has one, its scorecard. */
export interface CompiledVersion {
  readonly rules: CompiledRuleSet;
  readonly scorecard: CompiledScorecard | null;
}

/**
 * Compiles stored rule set versions once and keeps them by content fingerprint: a version is compiled
 * the first time it decides, then only evaluated. A stored document that no longer compiles is a bug
 * (it compiled when drafted), so it throws.
 */
export class StoredRuleSetCompiler {
  private readonly cache = new Map<string, CompiledVersion>();

  compile(stored: StoredRuleSet): CompiledVersion {
    const key = `${stored.brandId}|${stored.id}|${stored.version}|${stored.fingerprint}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const rules = compileRuleSet(stored.document);
    if (!rules.ok) throw new Error(`stored rule set ${stored.id} v${stored.version} does not compile: ${rules.error[0]?.message ?? ''}`);
    if (rules.value.ref.fingerprint !== stored.fingerprint) throw new Error(`stored rule set ${stored.id} v${stored.version} no longer matches its fingerprint`);
    let scorecard: CompiledScorecard | null = null;
    if (stored.scorecard) {
      const compiled = compileScorecard(stored.scorecard);
      if (!compiled.ok) throw new Error(`the scorecard of rule set ${stored.id} v${stored.version} does not compile`);
      scorecard = compiled.value;
    }
    const version = { rules: rules.value, scorecard };
    this.cache.set(key, version);
    return version;
  }
}
