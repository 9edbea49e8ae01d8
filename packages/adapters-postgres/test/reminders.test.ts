import { describeReminderLogContract } from '@los/application/testing';
import { afterAll } from 'vitest';
import { PgReminderLog } from '../src/index.js';
import { SharedPglite, freshPostgres, skipReason } from './test-databases.js';

const pglite = new SharedPglite();
afterAll(() => pglite.close());

describeReminderLogContract({
  name: 'PGlite',
  skip: skipReason('pglite'),
  create: async () => {
    const database = await pglite.fresh();
    return { log: new PgReminderLog(database.db), close: () => database.close() };
  },
});

describeReminderLogContract({
  name: 'PostgreSQL',
  skip: skipReason('postgres'),
  create: async () => {
    const database = await freshPostgres();
    return { log: new PgReminderLog(database.db), close: () => database.close() };
  },
});
