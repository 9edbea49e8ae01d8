import { DomainInvariantError } from '../errors.js';
import type { LocalDate } from '../local-date.js';
import { parseCalendarDate, type CalendarDate } from './calendar.js';
import type { Decision, DecisionReason, RuleExplanation, RuleOutcome, RuleSetRef } from './decision.js';
import { EvalContext, FALSE, TRUE, UNKNOWN, type CheckTrace, type CompiledCondition } from './eval-context.js';
import type { FactSchema } from './fact-schema.js';
import type { OnUnknown, RuleKind, RuleSetJson } from './rule-set-json.js';

/** What a compiled rule set tells about one of its rules. */
export interface RuleInfo {
  readonly id: string;
  readonly kind: RuleKind;
  readonly reason: string;
  readonly onUnknown: OnUnknown;
  readonly description?: string;
  readonly source?: string;
}

/** A rule with its conditions compiled to closures. */
export interface CompiledRule extends RuleInfo {
  readonly when?: CompiledCondition;
  readonly require: CompiledCondition;
}

/** Options of one evaluation. */
export interface EvaluateOptions {
  /** The business date the facts are judged on (ages, days since an event). */
  readonly asOf: LocalDate;
}

/**
 * A validated rule set compiled once into closures; `evaluate` is synchronous, pure and explains
 * every rule. Build it with `compileRuleSet`.
 */
export class CompiledRuleSet {
  /** @internal built by compileRuleSet */
  constructor(
    readonly ref: RuleSetRef,
    readonly json: RuleSetJson,
    readonly schema: FactSchema,
    private readonly compiled: readonly CompiledRule[],
  ) {}

  private lastAsOf: { readonly text: string; readonly date: CalendarDate | undefined } | undefined;

  /** The rules in evaluation order. */
  get rules(): readonly RuleInfo[] {
    return this.compiled;
  }

  /**
   * Decides one application. Facts are a plain JSON-like object read by the declared dotted paths;
   * numbers may be JS numbers or decimal strings. Missing facts make checks unknown, never passing.
   * @throws DomainInvariantError `INVALID_AS_OF` when `asOf` is not a calendar date.
   * @example
   * compiled.evaluate({ bureau: { score: 712 } }, { asOf: localDate('2026-06-15') }).outcome; // 'approved'
   */
  evaluate(facts: unknown, options: EvaluateOptions): Decision {
    // Batches share one business date, so the last parse is kept.
    if (this.lastAsOf?.text !== options.asOf) this.lastAsOf = { text: options.asOf, date: parseCalendarDate(options.asOf) };
    const asOf = this.lastAsOf.date;
    if (!asOf) throw new DomainInvariantError('INVALID_AS_OF', `asOf is not a YYYY-MM-DD date: ${options.asOf}`);
    const ctx = new EvalContext(facts, asOf, this.schema.size);
    const explanation: RuleExplanation[] = [];
    const declines: DecisionReason[] = [];
    const referrals: DecisionReason[] = [];
    for (const rule of this.compiled) {
      const checks: CheckTrace[] = [];
      ctx.trace = checks;
      const outcome = ruleOutcome(rule, ctx);
      let effect: RuleExplanation['effect'] = 'none';
      if (outcome === 'fail' || outcome === 'unknown') {
        const cause = outcome === 'fail' ? 'failed' : 'unknown';
        const failing = outcome === 'fail' || rule.onUnknown === 'fail';
        effect = failing && rule.kind === 'hard' ? 'decline' : 'refer';
        (effect === 'decline' ? declines : referrals).push({ code: rule.reason, ruleId: rule.id, kind: rule.kind, cause });
      }
      explanation.push({ ruleId: rule.id, kind: rule.kind, reason: rule.reason, onUnknown: rule.onUnknown, outcome, effect, checks });
    }
    ctx.trace = null;
    const outcome = declines.length > 0 ? 'declined' : referrals.length > 0 ? 'referred' : 'approved';
    return {
      outcome,
      reasons: outcome === 'declined' ? declines : referrals,
      ruleSet: this.ref,
      asOf: options.asOf,
      invalidFacts: ctx.invalid,
      explanation,
    };
  }
}

// A rule holds when it does not apply or its requirement holds (Kleene: not(when) or require).
function ruleOutcome(rule: CompiledRule, ctx: EvalContext): RuleOutcome {
  const applies = rule.when ? rule.when.eval(ctx) : TRUE;
  if (applies === FALSE) return 'not-applicable';
  const held = rule.require.eval(ctx);
  if (held === TRUE) return 'pass';
  if (held === UNKNOWN || applies === UNKNOWN) return 'unknown';
  return 'fail';
}
