import type { VerifiedBankAccount } from '../../ports/bank-account-verifier.js';
import type { BrandKycSettings, CustomerKyc, CustomerKycRepository } from '../../ports/customer-kyc-repository.js';
import { ConcurrencyConflictError } from '../../ports/loan-repository.js';
import type { InMemoryKycTables } from './in-memory-kyc-tables.js';

const key = (brandId: string, customerId: string) => `${brandId}/${customerId}`;

/** KYC records in memory, scoped by brand and versioned like the database's. */
export class InMemoryCustomerKycRepository implements CustomerKycRepository {
  constructor(private readonly tables: InMemoryKycTables) {}

  async find(brandId: string, customerId: string): Promise<CustomerKyc | null> {
    return this.tables.records.get(key(brandId, customerId)) ?? null;
  }

  async save(kyc: CustomerKyc): Promise<void> {
    const k = key(kyc.brandId, kyc.customerId);
    if ((this.tables.records.get(k)?.version ?? 0) !== kyc.version) throw new ConcurrencyConflictError('CustomerKyc', kyc.customerId, kyc.version);
    this.tables.records.set(k, { ...kyc, version: kyc.version + 1 });
  }

  async verifiedBankAccount(brandId: string, customerId: string): Promise<VerifiedBankAccount | null> {
    const bank = this.tables.records.get(key(brandId, customerId))?.bankAccount;
    if (bank?.status !== 'VERIFIED' || bank.holderName === null) return null;
    return { accountNumber: bank.accountNumber, ifsc: bank.ifsc, holderName: bank.holderName };
  }

  async verifiedName(brandId: string, customerId: string): Promise<string | null> {
    return this.tables.records.get(key(brandId, customerId))?.verifiedName ?? null;
  }

  async kycSettings(brandId: string): Promise<BrandKycSettings | null> {
    return this.tables.settings.get(brandId) ?? null;
  }

  async setKycSettings(brandId: string, settings: BrandKycSettings): Promise<void> {
    this.tables.settings.set(brandId, { requiredSteps: [...settings.requiredSteps], nameMatchThreshold: settings.nameMatchThreshold });
  }
}
