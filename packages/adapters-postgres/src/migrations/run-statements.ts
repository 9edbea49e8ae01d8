import { type Kysely, type RawBuilder, CompiledQuery } from 'kysely';

/**
 * Runs a parameterless DDL script one statement at a time: PGlite (like any extended-protocol client)
 * refuses several commands in one prepared statement. Statements end with `;` at the end of a line.
 */
export async function runStatements(db: Kysely<unknown>, script: RawBuilder<unknown>): Promise<void> {
  const { sql: text, parameters } = script.compile(db);
  if (parameters.length > 0) throw new Error('a migration script takes no parameters; inline literals with sql.lit');
  const statements = text
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const statement of statements) await db.executeQuery(CompiledQuery.raw(statement));
}

