import { randomUUID } from 'node:crypto';
import { describeCustomerKycRepositoryContract } from '@los/application/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { PgLifecycleUnitOfWork, createDatabase, migrateToLatest } from '../src/index.js';
import { freshPostgres, skipReason } from './test-databases.js';

for (const engine of ['pglite', 'postgres'] as const) {
  const skip = skipReason(engine);
  describeCustomerKycRepositoryContract({
    name: engine,
    ...(skip === undefined ? {} : { skip }),
    create: async () => {
      const database = engine === 'pglite' ? await createDatabase({ kind: 'pglite' }) : await freshPostgres();
      if (engine === 'pglite') await migrateToLatest(database.db);
      return { unitOfWork: new PgLifecycleUnitOfWork(database.db), close: () => database.close() };
    },
  });
}

describe.skipIf(skipReason('pglite') !== undefined)('customer_kyc on PGlite', () => {
  it('refuses a full Aadhaar number in the masked column', async () => {
    const database = await createDatabase({ kind: 'pglite' });
    try {
      await migrateToLatest(database.db);
      const brandId = randomUUID();
      const customerId = randomUUID();
      const at = new Date('2026-11-23T10:00:00Z');
      const unitOfWork = new PgLifecycleUnitOfWork(database.db);
      await unitOfWork.run(async (repos) => {
        await repos.brands.add({ id: brandId, code: 'mask', name: 'Mask', createdAt: at });
        await repos.customers.addOrGet({ id: customerId, brandId, phone: '+919800000003', createdAt: at });
      });
      const aadhaar = { status: 'VERIFIED' as const, result: 'VERIFIED', checkedAt: at, maskedAadhaar: '234123412346', aadhaarRef: null, referenceId: null, name: 'Asha Rao', dateOfBirth: '1992-06-15' };
      const kyc = { brandId, customerId, version: 0, verifiedName: null, pan: null, aadhaar, bankAccount: null, employment: null };
      await expect(unitOfWork.run((repos) => repos.kyc.save(kyc))).rejects.toThrow(/aadhaar_masked/);
      const rows = await sql<{ n: number }>`select count(*)::int as n from customer_kyc`.execute(database.db);
      expect(rows.rows[0]?.n).toBe(0);
    } finally {
      await database.close();
    }
  }, 30_000);
});
