import { describeLoanLifecycleContract } from '@los/application/testing';
import { createDatabase, migrateToLatest } from '../src/index.js';
import { PgLifecycleUnitOfWork } from '../src/index.js';
import { freshPostgres, skipReason } from './test-databases.js';

for (const engine of ['pglite', 'postgres'] as const) {
  const skip = skipReason(engine);
  describeLoanLifecycleContract({
    name: engine,
    ...(skip === undefined ? {} : { skip }),
    create: async () => {
      const database = engine === 'pglite' ? await createDatabase({ kind: 'pglite' }) : await freshPostgres();
      if (engine === 'pglite') await migrateToLatest(database.db);
      return { unitOfWork: new PgLifecycleUnitOfWork(database.db), close: () => database.close() };
    },
  });
}
