import { err, ok, type Result } from '../result.js';
import { compileCondition } from '../rules/compile-condition.js';
import { compileExpression } from '../rules/compile-expression.js';
import { compileCell } from '../rules/decision-table-cells.js';
import { parseFactSchema } from '../rules/fact-schema.js';
import { parseLiteralDecimal } from '../rules/fact-value.js';
import { checkKeys, isRecord, ValidationErrors, type ValidationError } from '../rules/validation-error.js';
import { CompiledScorecard, type ScoredItem } from './scorecard.js';

/**
 * Validates and compiles a scorecard: weighted items, each a value with score bands, and the brand's
 * thresholds. Errors name the item id and the field path.
 * @example
 * const card = compileScorecard(scorecardJson);
 * if (card.ok) card.value.evaluate(facts, { asOf }).outcome; // 'auto-approve' | 'manual-review' | 'auto-reject'
 */
export function compileScorecard(json: unknown): Result<CompiledScorecard, ValidationError[]> {
  const errors = new ValidationErrors();
  if (!isRecord(json)) return err([{ code: 'INVALID_RULE_SET', ruleId: null, path: '$', message: 'a scorecard is a JSON object' }]);
  checkKeys(json, ['id', 'version', 'brand', 'product', 'description', 'facts', 'thresholds', 'items'], '$', errors);
  if (typeof json.id !== 'string' || json.id === '') errors.add('$.id', 'must be a non-empty string');
  if (!Number.isInteger(json.version) || (json.version as number) < 1) errors.add('$.version', 'must be a positive integer');
  const schema = parseFactSchema(json.facts, '$.facts', errors);
  const scope = { schema, condition: compileCondition };
  const t = isRecord(json.thresholds) ? json.thresholds : {};
  if (!isRecord(json.thresholds)) errors.add('$.thresholds', 'must be { "approveAtOrAbove": number, "rejectBelow": number }');
  else checkKeys(t, ['approveAtOrAbove', 'rejectBelow'], '$.thresholds', errors);
  const approve = parseLiteralDecimal(t.approveAtOrAbove);
  const reject = parseLiteralDecimal(t.rejectBelow);
  if (isRecord(json.thresholds) && !approve) errors.add('$.thresholds.approveAtOrAbove', 'must be a decimal');
  if (isRecord(json.thresholds) && !reject) errors.add('$.thresholds.rejectBelow', 'must be a decimal');
  if (approve && reject && reject.gt(approve)) errors.add('$.thresholds.rejectBelow', 'must not exceed approveAtOrAbove');
  const items: ScoredItem[] = [];
  if (!Array.isArray(json.items) || json.items.length === 0) errors.add('$.items', 'must be a non-empty list');
  else json.items.forEach((raw: unknown, i: number) => {
    const path = `$.items[${i}]`;
    errors.ruleId = isRecord(raw) && typeof raw.id === 'string' ? raw.id : null;
    if (!isRecord(raw) || typeof raw.id !== 'string') return errors.add(path, 'an item needs an "id"');
    checkKeys(raw, ['id', 'description', 'weight', 'value', 'bands'], path, errors);
    if (items.some((item) => item.id === raw.id)) errors.add(`${path}.id`, `duplicate item id "${raw.id}"`);
    const weight = parseLiteralDecimal(raw.weight);
    if (!weight || weight.isNegative()) errors.add(`${path}.weight`, 'must be a non-negative decimal');
    const value = compileExpression(raw.value, `${path}.value`, scope, errors);
    if (!Array.isArray(raw.bands) || raw.bands.length === 0) return errors.add(`${path}.bands`, 'must be a non-empty list');
    if (!value) return;
    const bands = raw.bands.map((band: unknown, b: number) => {
      const at = `${path}.bands[${b}]`;
      if (!isRecord(band)) return errors.add(at, 'a band is a cell plus "points"');
      const { points: rawPoints, ...cellJson } = band;
      const points = parseLiteralDecimal(rawPoints);
      if (!points) errors.add(`${at}.points`, 'must be a decimal');
      const cell = compileCell(cellJson, { id: raw.id as string, expr: value }, at, errors);
      return cell && points ? { cell, points } : undefined;
    });
    if (weight && bands.every((b) => b !== undefined)) items.push({ id: raw.id, weight, value, bands: bands as ScoredItem['bands'] });
  });
  errors.ruleId = null;
  if (!errors.empty) return err(errors.list);
  return ok(new CompiledScorecard(json.id as string, json.version as number, { approveAtOrAbove: approve!, rejectBelow: reject! }, schema.size, items));
}
