/**
 * A problem found while loading a rule set, scorecard or decision table: it names the rule (or row, or
 * item) and the field path, so the author can fix the JSON without guessing.
 */
export interface ValidationError {
  readonly code: 'INVALID_RULE_SET';
  /** The id of the rule, scorecard item or table row the problem is in; null for top-level fields. */
  readonly ruleId: string | null;
  /** The JSON path of the offending field, e.g. `rules[2].require.all[0].left.fact`. */
  readonly path: string;
  readonly message: string;
}

/** Collects validation errors while a document is walked. */
export class ValidationErrors {
  readonly list: ValidationError[] = [];
  /** The id of the rule (or row, or item) being walked, attached to every error it reports. */
  ruleId: string | null = null;

  add(path: string, message: string): void {
    this.list.push({ code: 'INVALID_RULE_SET', ruleId: this.ruleId, path, message });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }
}

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reports keys of `value` that are not in `allowed` (typos such as `requires` must not pass silently). */
export function checkKeys(value: Record<string, unknown>, allowed: readonly string[], path: string, errors: ValidationErrors): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) errors.add(`${path}.${key}`, `unknown field "${key}"; expected one of ${allowed.join(', ')}`);
  }
}
