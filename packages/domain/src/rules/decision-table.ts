import { DomainInvariantError } from '../errors.js';
import type { LocalDate } from '../local-date.js';
import { err, ok, type Result } from '../result.js';
import { parseCalendarDate } from './calendar.js';
import { compileCondition } from './compile-condition.js';
import { compileCell, compileInput, outputValue, type CompiledCell, type OutputType, type OutputValue, type TableInput } from './decision-table-cells.js';
import { EvalContext, TRUE, UNKNOWN, type Truth } from './eval-context.js';
import { parseFactSchema } from './fact-schema.js';
import type { Value } from './fact-value.js';
import { checkKeys, isRecord, ValidationErrors, type ValidationError } from './validation-error.js';

/** How a decision table picks among matching rows. */
export type HitPolicy = 'first' | 'priority' | 'collect';

/** One matching row and its outputs. */
export interface TableHit {
  readonly rowId: string;
  readonly outputs: Readonly<Record<string, OutputValue>>;
}

/** The result of a table: rows that matched, none, or unknown because an input needed is missing. */
export type TableResult =
  | { readonly status: 'matched'; readonly hits: readonly TableHit[]; readonly inputs: Readonly<Record<string, Value | null>> }
  | { readonly status: 'no-match'; readonly inputs: Readonly<Record<string, Value | null>> }
  | { readonly status: 'unknown'; readonly inputs: Readonly<Record<string, Value | null>>; readonly undecidedRows: readonly string[] };

interface Row {
  readonly id: string;
  readonly priority: number;
  readonly cells: readonly (readonly [number, CompiledCell])[];
  readonly outputs: Readonly<Record<string, OutputValue>>;
}

/** A decision table (pricing, offers) compiled once; `evaluate` is pure and synchronous. */
export class CompiledDecisionTable {
  /** @internal built by compileDecisionTable */
  constructor(
    readonly id: string,
    readonly version: number,
    readonly hitPolicy: HitPolicy,
    readonly outputTypes: Readonly<Record<string, OutputType>>,
    private readonly factCount: number,
    private readonly inputs: readonly TableInput[],
    private readonly rows: readonly Row[],
  ) {}

  /**
   * Evaluates the table on plain facts. An input a row needs that is missing makes that row undecided;
   * a result that depends on an undecided row is `unknown`, never a guess.
   * @throws DomainInvariantError `INVALID_AS_OF` when `asOf` is not a calendar date.
   */
  evaluate(facts: unknown, options: { readonly asOf: LocalDate }): TableResult {
    const asOf = parseCalendarDate(options.asOf);
    if (!asOf) throw new DomainInvariantError('INVALID_AS_OF', `asOf is not a YYYY-MM-DD date: ${options.asOf}`);
    const ctx = new EvalContext(facts, asOf, this.factCount);
    const values = this.inputs.map((input) => input.expr.eval(ctx));
    const inputs = Object.fromEntries(this.inputs.map((input, i) => [input.id, values[i] ?? null]));
    const hits: TableHit[] = [];
    const undecided: Row[] = [];
    let best: Row | undefined;
    for (const row of this.rows) {
      const match = rowMatch(row, values);
      if (match === UNKNOWN) {
        undecided.push(row);
        // No later row can be "first" while an earlier one is undecided.
        if (this.hitPolicy === 'first') break;
        continue;
      }
      if (match !== TRUE) continue;
      if (this.hitPolicy === 'priority') {
        if (!best || row.priority > best.priority) best = row;
        continue;
      }
      hits.push({ rowId: row.id, outputs: row.outputs });
      if (this.hitPolicy === 'first') break;
    }
    if (best) hits.push({ rowId: best.id, outputs: best.outputs });
    // An undecided row matters when it could have changed the answer: for priority, when it ranks at
    // least as high as the winner; for collect, always; for first, when it came before any hit.
    const blocking = undecided.filter((row) => this.hitPolicy !== 'priority' || !best || row.priority >= best.priority);
    if (blocking.length > 0) return { status: 'unknown', inputs, undecidedRows: blocking.map((row) => row.id) };
    return hits.length > 0 ? { status: 'matched', hits, inputs } : { status: 'no-match', inputs };
  }
}

function rowMatch(row: Row, values: readonly (Value | undefined)[]): Truth {
  let result: Truth = TRUE;
  for (const [index, cell] of row.cells) {
    const truth = cell.test(values[index]);
    if (truth === 0) return 0;
    if (truth === UNKNOWN) result = UNKNOWN;
  }
  return result;
}

const OUTPUT_TYPES: readonly OutputType[] = ['decimal', 'integer', 'string', 'integer-list'];

/** Validates and compiles a decision table; errors name the row id and the field path. * @example
 * const table = compileDecisionTable(offerJson);
 * if (table.ok) table.value.evaluate({ bureau: { score: 760 } }, { asOf }); // { status: 'matched', hits: [...] }
 */
export function compileDecisionTable(json: unknown): Result<CompiledDecisionTable, ValidationError[]> {
  const errors = new ValidationErrors();
  if (!isRecord(json)) return err([{ code: 'INVALID_RULE_SET', ruleId: null, path: '$', message: 'a decision table is a JSON object' }]);
  checkKeys(json, ['id', 'version', 'brand', 'product', 'description', 'hitPolicy', 'facts', 'inputs', 'outputs', 'rows'], '$', errors);
  if (typeof json.id !== 'string' || json.id === '') errors.add('$.id', 'must be a non-empty string');
  if (!Number.isInteger(json.version) || (json.version as number) < 1) errors.add('$.version', 'must be a positive integer');
  const hitPolicy = json.hitPolicy as HitPolicy;
  if (!['first', 'priority', 'collect'].includes(hitPolicy)) errors.add('$.hitPolicy', 'must be "first", "priority" or "collect"');
  const schema = parseFactSchema(json.facts, '$.facts', errors);
  const scope = { schema, condition: compileCondition };
  const inputs = Array.isArray(json.inputs) ? json.inputs.map((input, i) => compileInput(input, `$.inputs[${i}]`, scope, errors)) : [];
  if (!Array.isArray(json.inputs) || inputs.length === 0) errors.add('$.inputs', 'must be a non-empty list');
  const outputTypes: Record<string, OutputType> = {};
  if (!isRecord(json.outputs)) errors.add('$.outputs', 'must map output names to types');
  else for (const [name, type] of Object.entries(json.outputs)) {
    if (OUTPUT_TYPES.includes(type as OutputType)) outputTypes[name] = type as OutputType;
    else errors.add(`$.outputs.${name}`, `must be one of ${OUTPUT_TYPES.join(', ')}`);
  }
  const rows: Row[] = [];
  if (!Array.isArray(json.rows) || json.rows.length === 0) errors.add('$.rows', 'must be a non-empty list');
  else json.rows.forEach((raw: unknown, r: number) => {
    const path = `$.rows[${r}]`;
    errors.ruleId = isRecord(raw) && typeof raw.id === 'string' ? raw.id : null;
    if (!isRecord(raw) || typeof raw.id !== 'string') return errors.add(path, 'a row needs an "id"');
    checkKeys(raw, ['id', 'priority', 'when', 'then'], path, errors);
    if (rows.some((row) => row.id === raw.id)) errors.add(`${path}.id`, `duplicate row id "${raw.id}"`);
    const priority = raw.priority ?? 0;
    if (!Number.isInteger(priority)) errors.add(`${path}.priority`, 'must be an integer (higher wins)');
    const cells: (readonly [number, CompiledCell])[] = [];
    for (const [inputId, cellJson] of Object.entries(isRecord(raw.when) ? raw.when : {})) {
      const index = inputs.findIndex((input) => input?.id === inputId);
      if (index < 0) errors.add(`${path}.when.${inputId}`, `no input named "${inputId}"`);
      const cell = index < 0 ? undefined : compileCell(cellJson, inputs[index]!, `${path}.when.${inputId}`, errors);
      if (cell) cells.push([index, cell]);
    }
    if (raw.when !== undefined && !isRecord(raw.when)) errors.add(`${path}.when`, 'must map input ids to cells');
    const outputs: Record<string, OutputValue> = {};
    const then = isRecord(raw.then) ? raw.then : {};
    for (const [name, type] of Object.entries(outputTypes)) {
      const value = then[name] === undefined ? void errors.add(`${path}.then.${name}`, 'every output needs a value') : outputValue(then[name], type, `${path}.then.${name}`, errors);
      if (value !== undefined) outputs[name] = value;
    }
    for (const name of Object.keys(then)) if (!(name in outputTypes)) errors.add(`${path}.then.${name}`, `"${name}" is not a declared output`);
    rows.push({ id: raw.id, priority: Number(priority), cells, outputs });
  });
  errors.ruleId = null;
  if (!errors.empty) return err(errors.list);
  return ok(new CompiledDecisionTable(json.id as string, json.version as number, hitPolicy, outputTypes, schema.size, inputs as TableInput[], rows));
}
