import type { BrandKycSettings, CustomerKyc } from '../../ports/customer-kyc-repository.js';

/** Customers' KYC records and brands' KYC settings in memory; a transaction works on a copy. */
export class InMemoryKycTables {
  records = new Map<string, CustomerKyc>();
  settings = new Map<string, BrandKycSettings>();

  copy(): InMemoryKycTables {
    const c = new InMemoryKycTables();
    c.replaceWith(this);
    return c;
  }

  replaceWith(other: InMemoryKycTables): void {
    this.records = new Map(other.records);
    this.settings = new Map(other.settings);
  }
}
