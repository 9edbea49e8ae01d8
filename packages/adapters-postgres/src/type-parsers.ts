import type { CustomTypesConfig } from 'pg';
import pg from 'pg';

/** PostgreSQL type OIDs whose default JS mapping would lose exactness or shift calendar dates. */
export const OID = {
  INT8: 20,
  NUMERIC: 1700,
  DATE: 1082,
  TEXT_ARRAY: 1009,
  INT8_ARRAY: 1016,
  DATE_ARRAY: 1182,
  NUMERIC_ARRAY: 1231,
} as const;

const identity = (value: string): string => value;

/**
 * Type parsers for a `pg` pool: `numeric`, `int8` and `date` (and their arrays) stay strings, so money is
 * parsed by the domain and a `date` is the calendar day PostgreSQL stored, not a local-midnight Date.
 * Scoped to the pool (never `pg.types.setTypeParser`, which is process-wide).
 */
export const pgTypes: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    switch (oid) {
      case OID.INT8:
      case OID.NUMERIC:
      case OID.DATE:
        return identity;
      case OID.INT8_ARRAY:
      case OID.DATE_ARRAY:
      case OID.NUMERIC_ARRAY:
        // The text[] parser yields the elements as strings, with NULLs and quoting handled.
        return pg.types.getTypeParser(OID.TEXT_ARRAY as Parameters<typeof pg.types.getTypeParser>[0], 'text');
      default:
        return pg.types.getTypeParser(oid, format ?? 'text');
    }
  }) as CustomTypesConfig['getTypeParser'],
};

/** The same behaviour for PGlite, passed with every query. */
export const pgliteParsers: Record<number, (value: string, typeId?: number) => unknown> = {
  [OID.INT8]: identity,
  [OID.NUMERIC]: identity,
  [OID.DATE]: identity,
};
