import { CompiledQuery } from 'kysely';

const statements = new Map<string, string>();

/**
 * A plain `INSERT INTO table (columns) VALUES (...), ...` of rows that share their columns, compiled once
 * per table, column list and row count and run through the same Kysely instance (so inside its
 * transaction). Hot inserts use it because Kysely's builder re-parses and re-compiles a wide row on every
 * call, which cost more CPU than the rest of the intake request's database work. Table and column names
 * come from our own code, never from input.
 * @example await db.executeQuery(insertStatement('outbox', [{ id, type }]))
 */
export function insertStatement(table: string, rows: readonly Readonly<Record<string, unknown>>[]): CompiledQuery {
  const columns = Object.keys(rows[0]!);
  const key = `${table}(${columns.join(',')})x${rows.length}`;
  let sql = statements.get(key);
  if (sql === undefined) {
    const tuples = rows.map((_, r) => `(${columns.map((_c, i) => `$${r * columns.length + i + 1}`).join(', ')})`);
    sql = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${tuples.join(', ')}`;
    statements.set(key, sql);
  }
  const parameters: unknown[] = [];
  for (const row of rows) for (const column of columns) parameters.push(row[column]);
  return CompiledQuery.raw(sql, parameters);
}
