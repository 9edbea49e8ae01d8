import { describe, expect, it } from 'vitest';
import { type LifecycleStore, useLifecycleStore } from './lifecycle-store.js';
import type { CustomerKyc } from '../../ports/customer-kyc-repository.js';
import { ConcurrencyConflictError } from '../../ports/loan-repository.js';

/**
 * How a KYC store joins the contract run. `create` may hand back a shared database: every test works under
 * a brand and customer of its own.
 * @example describeCustomerKycRepositoryContract({ name: 'in-memory', create: async () => ({ unitOfWork }) })
 */
export interface CustomerKycRepositoryContractOptions {
  readonly name: string;
  readonly create: () => Promise<LifecycleStore>;
  readonly skip?: string;
}

const uuid = () => globalThis.crypto.randomUUID();
const at = new Date('2026-11-23T10:00:00.000Z');

/** A record with every step set, as a customer who finished KYC has it. */
function complete(brandId: string, customerId: string): CustomerKyc {
  return {
    brandId, customerId, version: 0, verifiedName: 'ASHA RAO',
    pan: { status: 'VERIFIED', result: 'VALID', checkedAt: at, pan: 'ABCPE1234F', registeredName: 'ASHA RAO', nameMatchScore: 100 },
    aadhaar: { status: 'VERIFIED', result: 'VERIFIED', checkedAt: at, maskedAadhaar: 'XXXX-XXXX-2346', aadhaarRef: 'aref_643214321432', referenceId: null, name: 'Asha Rao', dateOfBirth: '1992-06-15' },
    bankAccount: { status: 'VERIFIED', result: 'VERIFIED', checkedAt: at, accountNumber: '50100012345678', ifsc: 'HDFC0001234', holderName: 'ASHA RAO', nameMatchScore: 93, providerReference: 'pd_1', verifiedAt: at },
    employment: { status: 'FAILED', result: 'NAME_MISMATCH', checkedAt: at, uan: '100200300400', employer: 'Sandbox Technologies', name: 'A RAO', nameMatchScore: 40 },
  };
}

/**
 * The behaviour every KYC store shares: records read back exactly and versioned (a stale or concurrent first
 * save is refused), only a VERIFIED bank step is a verified account, brands never see each other's records
 * or settings, and a transaction that throws leaves nothing behind.
 */
export function describeCustomerKycRepositoryContract(options: CustomerKycRepositoryContractOptions): void {
  describe.skipIf(options.skip !== undefined)(`CustomerKycRepository contract: ${options.name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const store = useLifecycleStore(options.create);

    async function seedCustomer(): Promise<{ brandId: string; customerId: string }> {
      const brandId = uuid();
      const customerId = uuid();
      await store().run(async (repos) => {
        await repos.brands.add({ id: brandId, code: `k${brandId.slice(0, 8)}`, name: 'KYC brand', createdAt: at });
        await repos.customers.addOrGet({ id: customerId, brandId, phone: '+919800000002', createdAt: at });
      });
      return { brandId, customerId };
    }

    it('has no record before the first save, then reads every step back exactly at version 1', async () => {
      const { brandId, customerId } = await seedCustomer();
      expect(await store().run((r) => r.kyc.find(brandId, customerId))).toBeNull();
      expect(await store().run((r) => r.kyc.verifiedName(brandId, customerId))).toBeNull();
      const kyc = complete(brandId, customerId);
      await store().run((r) => r.kyc.save(kyc));
      expect(await store().run((r) => r.kyc.find(brandId, customerId))).toEqual({ ...kyc, version: 1 });
      expect(await store().run((r) => r.kyc.verifiedName(brandId, customerId))).toBe('ASHA RAO');
      expect(await store().run((r) => r.kyc.verifiedBankAccount(brandId, customerId))).toEqual({ accountNumber: '50100012345678', ifsc: 'HDFC0001234', holderName: 'ASHA RAO' });
    });

    it('refuses a save from a stale version and a second first save, keeping the stored record', async () => {
      const { brandId, customerId } = await seedCustomer();
      const kyc = complete(brandId, customerId);
      await store().run((r) => r.kyc.save(kyc));
      await expect(store().run((r) => r.kyc.save({ ...kyc, verifiedName: 'SOMEONE ELSE' }))).rejects.toBeInstanceOf(ConcurrencyConflictError);
      const stored = await store().run((r) => r.kyc.find(brandId, customerId));
      await store().run((r) => r.kyc.save({ ...stored!, employment: null }));
      await expect(store().run((r) => r.kyc.save({ ...stored!, pan: null }))).rejects.toBeInstanceOf(ConcurrencyConflictError);
      expect(await store().run((r) => r.kyc.find(brandId, customerId))).toMatchObject({ version: 2, employment: null, pan: { status: 'VERIFIED' } });
    });

    it('gives a verified account only while the bank step is VERIFIED', async () => {
      const { brandId, customerId } = await seedCustomer();
      const kyc = complete(brandId, customerId);
      const failed = { ...kyc.bankAccount!, status: 'FAILED' as const, result: 'NAME_MISMATCH', verifiedAt: null };
      await store().run((r) => r.kyc.save({ ...kyc, bankAccount: failed }));
      expect(await store().run((r) => r.kyc.verifiedBankAccount(brandId, customerId))).toBeNull();
    });

    it('keeps brands apart: another brand reads no record and no settings', async () => {
      const one = await seedCustomer();
      const other = await seedCustomer();
      await store().run(async (r) => {
        await r.kyc.save(complete(one.brandId, one.customerId));
        await r.kyc.setKycSettings(one.brandId, { requiredSteps: ['PAN'], nameMatchThreshold: 90 });
      });
      await store().run(async (r) => {
        expect(await r.kyc.find(other.brandId, one.customerId)).toBeNull();
        expect(await r.kyc.verifiedName(other.brandId, one.customerId)).toBeNull();
        expect(await r.kyc.verifiedBankAccount(other.brandId, one.customerId)).toBeNull();
        expect(await r.kyc.kycSettings(other.brandId)).toBeNull();
        expect(await r.kyc.find('not-a-uuid', one.customerId)).toBeNull();
      });
    });

    it('stores brand settings, replacing them on the next set', async () => {
      const { brandId } = await seedCustomer();
      expect(await store().run((r) => r.kyc.kycSettings(brandId))).toBeNull();
      await store().run((r) => r.kyc.setKycSettings(brandId, { requiredSteps: ['PAN', 'BANK_ACCOUNT'], nameMatchThreshold: 80 }));
      await store().run((r) => r.kyc.setKycSettings(brandId, { requiredSteps: ['AADHAAR', 'EMPLOYMENT'], nameMatchThreshold: 0 }));
      expect(await store().run((r) => r.kyc.kycSettings(brandId))).toEqual({ requiredSteps: ['AADHAAR', 'EMPLOYMENT'], nameMatchThreshold: 0 });
    });

    it('leaves nothing behind when the transaction throws', async () => {
      const { brandId, customerId } = await seedCustomer();
      await expect(
        store().run(async (r) => {
          await r.kyc.save(complete(brandId, customerId));
          await r.kyc.setKycSettings(brandId, { requiredSteps: ['PAN'], nameMatchThreshold: 80 });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store().run((r) => r.kyc.find(brandId, customerId))).toBeNull();
      expect(await store().run((r) => r.kyc.kycSettings(brandId))).toBeNull();
    });
  });
}
