import type { Decimal } from '../money/decimal.js';
import type { FactTypeName, MonotonicJson } from './rule-set-json.js';
import { checkKeys, isRecord, type ValidationErrors } from './validation-error.js';
import { parseLiteralDecimal } from './fact-value.js';

/** A declared scalar fact (or list-item field) after validation. */
export interface ScalarFact {
  readonly path: string;
  readonly type: Exclude<FactTypeName, 'list'>;
  readonly min?: Decimal;
  readonly max?: Decimal;
  readonly daysBefore: { readonly min: number; readonly max: number };
  readonly values?: readonly string[];
  readonly monotonic?: MonotonicJson;
}

/** A declared list of records. */
export interface ListFact {
  readonly path: string;
  readonly type: 'list';
  readonly items: ReadonlyMap<string, ScalarFact>;
  readonly maxItems: number;
}

/** A declared fact with the slot it occupies in the per-evaluation cache. */
export type FactDecl = (ScalarFact | ListFact) & { readonly index: number; readonly segments: readonly string[] };

/** The facts a rule set reads, by dotted path (`bureau.score`). */
export type FactSchema = ReadonlyMap<string, FactDecl>;

const SCALAR_TYPES = ['decimal', 'integer', 'string', 'boolean', 'date'] as const;
const SCALAR_KEYS = ['type', 'description', 'min', 'max', 'daysBefore', 'values', 'monotonic'];
const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Validates the `facts` section of a rule set, scorecard or decision table. */
export function parseFactSchema(json: unknown, path: string, errors: ValidationErrors): Map<string, FactDecl> {
  const schema = new Map<string, FactDecl>();
  if (!isRecord(json)) {
    errors.add(path, 'must be an object mapping fact paths to declarations');
    return schema;
  }
  for (const [factPath, decl] of Object.entries(json)) {
    const at = `${path}["${factPath}"]`;
    if (!PATH.test(factPath)) {
      errors.add(at, 'a fact path is dot-separated identifiers, e.g. "bureau.score"');
      continue;
    }
    const segments = factPath.split('.');
    if (isRecord(decl) && decl.type === 'list') {
      checkKeys(decl, ['type', 'description', 'items', 'maxItems'], at, errors);
      const items = new Map<string, ScalarFact>();
      if (!isRecord(decl.items)) errors.add(`${at}.items`, 'must declare the fields of each record');
      else {
        for (const [field, fieldDecl] of Object.entries(decl.items)) {
          const scalar = parseScalar(fieldDecl, field, `${at}.items.${field}`, errors);
          if (scalar) items.set(field, scalar);
        }
      }
      const maxItems = decl.maxItems ?? 6;
      if (typeof maxItems !== 'number' || !Number.isInteger(maxItems) || maxItems < 0) errors.add(`${at}.maxItems`, 'must be a non-negative integer');
      schema.set(factPath, { path: factPath, type: 'list', items, maxItems: Number(maxItems), index: schema.size, segments });
      continue;
    }
    const scalar = parseScalar(decl, factPath, at, errors);
    if (scalar) schema.set(factPath, { ...scalar, index: schema.size, segments });
  }
  return schema;
}

function parseScalar(decl: unknown, factPath: string, at: string, errors: ValidationErrors): ScalarFact | undefined {
  if (!isRecord(decl)) {
    errors.add(at, 'must be an object with a "type"');
    return undefined;
  }
  checkKeys(decl, SCALAR_KEYS, at, errors);
  const type = decl.type;
  if (!SCALAR_TYPES.includes(type as never)) {
    errors.add(`${at}.type`, `must be one of ${[...SCALAR_TYPES, 'list'].join(', ')}`);
    return undefined;
  }
  const fact: { -readonly [K in keyof ScalarFact]: ScalarFact[K] } = {
    path: factPath,
    type: type as ScalarFact['type'],
    daysBefore: { min: 0, max: 36_500 },
  };
  for (const bound of ['min', 'max'] as const) {
    if (decl[bound] === undefined) continue;
    if (fact.type !== 'decimal' && fact.type !== 'integer') errors.add(`${at}.${bound}`, 'only numeric facts have bounds');
    const value = parseLiteralDecimal(decl[bound]);
    if (value === undefined) errors.add(`${at}.${bound}`, 'must be a decimal string or a finite number');
    else fact[bound] = value;
  }
  if (fact.min && fact.max && fact.min.gt(fact.max)) errors.add(`${at}.min`, 'must not exceed max');
  if (decl.daysBefore !== undefined) {
    const d = decl.daysBefore;
    if (!isRecord(d) || !Number.isInteger(d.min) || !Number.isInteger(d.max) || (d.min as number) > (d.max as number)) {
      errors.add(`${at}.daysBefore`, 'must be { "min": integer, "max": integer } with min <= max');
    } else fact.daysBefore = { min: d.min as number, max: d.max as number };
  }
  if (decl.values !== undefined) {
    if (!Array.isArray(decl.values) || decl.values.length === 0 || !decl.values.every((v) => typeof v === 'string')) {
      errors.add(`${at}.values`, 'must be a non-empty list of strings');
    } else fact.values = decl.values as string[];
  }
  if (decl.monotonic !== undefined) {
    if (decl.monotonic !== 'higher-is-better' && decl.monotonic !== 'lower-is-better') {
      errors.add(`${at}.monotonic`, 'must be "higher-is-better" or "lower-is-better"');
    } else if (fact.type !== 'decimal' && fact.type !== 'integer') {
      errors.add(`${at}.monotonic`, 'only numeric facts can be monotonic');
    } else fact.monotonic = decl.monotonic;
  }
  return fact;
}

